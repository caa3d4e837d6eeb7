import { errorData, type AppErrorData, type ErrorId, type ErrorParams } from '../errors'
import type { SecretFieldSpec } from './malls'
import type { Bilingual } from './types'

/**
 * Checking a pasted secret before it goes to the keychain. The most common failure with mall
 * keys is a copy-paste mistake (a missing first or last character, a stray space), so the
 * messages say where the problem is. They name positions only, never the secret's characters,
 * because an error message can end up in a log.
 *
 * Positions and lengths count characters (Unicode code points), 1-based: 「12文字目」.
 *
 * Codes: 'empty', 'whitespace' (key: space or line break inside), 'lineBreak' (password),
 * 'fullWidth', 'invalidChar', 'invalidFormat' (pattern failed but no single character is to
 * blame), 'tooShort', 'tooLong', 'certificateNotKey' (a certificate pasted where the private
 * key belongs), 'notPem'. The wording is the error catalog's (`secret_<code>`), which main
 * refuses with (`error`).
 */

export type SecretCheck =
  { ok: true; value: string } | { ok: false; code: string; message: Bilingual; error: AppErrorData }

/** Whitespace plus the invisible characters that ride along with copied text (BOM, zero-width). */
const INVISIBLE = '\\s\\u200B-\\u200D\\u2060\\uFEFF'
const EDGES = new RegExp(`^[${INVISIBLE}]+|[${INVISIBLE}]+$`, 'g')
const INNER_SPACE = new RegExp(`[${INVISIBLE}]`)
const LINE_BREAK = /[\r\n\u2028\u2029\u0085]/

const PEM = /^-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----\n([\s\S]+?)\n-----END ([A-Z0-9 ]*PRIVATE KEY)-----$/

/** 'License key' → 'license key'; 'API key' stays as it is. */
function lowerFirst(text: string): string {
  return /^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)
}

function fail<Id extends ErrorId>(id: Id, params: ErrorParams<Id>): SecretCheck {
  const error = errorData(id, params)
  return { ok: false, code: error.code.replace(/^secret_/, ''), message: error.message, error }
}

/** The field's name as the messages use it: 'ライセンスキー' / 'license key'. */
function labelOf(spec: SecretFieldSpec): Bilingual {
  return { ja: spec.label.ja, en: lowerFirst(spec.label.en) }
}

/** Index (0-based, in code points) of the first character matching `re`, or -1. */
function firstIndex(chars: string[], re: RegExp): number {
  return chars.findIndex((c) => re.test(c))
}

/** Characters a Japanese IME types in full width: anything beyond Latin-1. */
function isFullWidth(char: string): boolean {
  return (char.codePointAt(0) ?? 0) > 0xff
}

function checkCharacters(spec: SecretFieldSpec, value: string, chars: string[]): SecretCheck | null {
  if (!spec.pattern) return null
  const re = new RegExp(spec.pattern)
  if (re.test(value)) return null
  const label = labelOf(spec)
  const bad = chars.findIndex((c) => !re.test(c))
  if (bad < 0) return fail('secretInvalidFormat', { label })
  const pos = bad + 1
  if (isFullWidth(chars[bad]!)) return fail('secretFullWidth', { label, pos })
  return fail('secretInvalidChar', { label, pos })
}

function checkLength(spec: SecretFieldSpec, length: number): SecretCheck | null {
  const label = labelOf(spec)
  if (length < spec.minLength) return fail('secretTooShort', { label, length, min: spec.minLength })
  if (length > spec.maxLength) return fail('secretTooLong', { label, length, max: spec.maxLength })
  return null
}

function normalizePrivateKey(spec: SecretFieldSpec, raw: string): SecretCheck {
  const value = raw.replace(/\r\n?/g, '\n').replace(EDGES, '')
  const label = labelOf(spec)
  if (value === '') return fail('secretEmpty', { label })
  if (/-----BEGIN [A-Z0-9 ]*CERTIFICATE-----/.test(value) && !/PRIVATE KEY-----/.test(value)) {
    return fail('secretCertificateNotKey', {})
  }
  const m = PEM.exec(value)
  if (!m || m[1] !== m[3] || m[2]!.trim() === '') return fail('secretNotPem', { label })
  const chars = Array.from(value)
  const bad = chars.findIndex(isFullWidth)
  if (bad >= 0) return fail('secretFullWidthInKey', { label, pos: bad + 1 })
  return checkLength(spec, chars.length) ?? { ok: true, value }
}

/**
 * Trims and checks a pasted secret against its field spec.
 * - Surrounding whitespace is removed, including the full-width space (U+3000), the BOM and
 *   zero-width characters.
 * - 'key': no whitespace or line break inside. 'password': spaces allowed, no line break.
 * - 'privateKey': a PEM private-key block; CRLF/CR become LF, inner line breaks are kept.
 * Then the allowed characters (spec.pattern) and the length (spec.minLength…maxLength).
 */
export function normalizeSecret(spec: SecretFieldSpec, raw: string): SecretCheck {
  if (spec.kind === 'privateKey') return normalizePrivateKey(spec, raw)
  const label = labelOf(spec)
  const value = raw.replace(EDGES, '')
  if (value === '') return fail('secretEmpty', { label })
  const chars = Array.from(value)
  if (spec.kind === 'key') {
    const i = firstIndex(chars, INNER_SPACE)
    if (i >= 0) return fail('secretWhitespace', { label, pos: i + 1 })
  } else {
    const i = firstIndex(chars, LINE_BREAK)
    if (i >= 0) return fail('secretLineBreak', { label, pos: i + 1 })
  }
  return checkCharacters(spec, value, chars) ?? checkLength(spec, chars.length) ?? { ok: true, value }
}

/**
 * A hint of a secret that is safe to show and store (Credential.secretHint):
 * - a PEM block (private key) → '•••••• (PEM)', nothing of the key shown;
 * - 12 characters or more → '••••' + the last 4 characters;
 * - shorter → '••••••', nothing shown (4 characters of a short password give too much away).
 */
export function maskSecret(secret: string): string {
  if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(secret)) return '•••••• (PEM)'
  const chars = Array.from(secret)
  if (chars.length >= 12) return '••••' + chars.slice(-4).join('')
  return '••••••'
}
