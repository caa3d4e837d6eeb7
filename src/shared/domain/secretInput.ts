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
 * key belongs), 'notPem'.
 */

export type SecretCheck = { ok: true; value: string } | { ok: false; code: string; message: Bilingual }

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

function fail(code: string, ja: string, en: string): SecretCheck {
  return { ok: false, code, message: { ja, en } }
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
  const label = spec.label
  const bad = chars.findIndex((c) => !re.test(c))
  if (bad < 0) {
    return fail(
      'invalidFormat',
      `${label.ja}の形式が違います。もう一度コピーして貼り付けてください。`,
      `The ${lowerFirst(label.en)} does not have the expected form. Copy and paste it again.`,
    )
  }
  const pos = bad + 1
  if (isFullWidth(chars[bad]!)) {
    return fail(
      'fullWidth',
      `${label.ja}に全角文字が入っています(${pos}文字目)。半角の英数字で入力してください。`,
      `The ${lowerFirst(label.en)} contains a full-width character (character ${pos}). Use half-width letters and digits.`,
    )
  }
  return fail(
    'invalidChar',
    `${label.ja}に使えない文字が入っています(${pos}文字目)。`,
    `The ${lowerFirst(label.en)} contains a character that is not allowed (character ${pos}).`,
  )
}

function checkLength(spec: SecretFieldSpec, length: number): SecretCheck | null {
  const label = spec.label
  if (length < spec.minLength) {
    return fail(
      'tooShort',
      `${label.ja}が短すぎます(${length}文字。${spec.minLength}文字以上のはずです)。コピーしたときに最初か最後の文字が抜けていないか確かめてください。`,
      `The ${lowerFirst(label.en)} is too short (${length} characters; at least ${spec.minLength} expected). Check that the first or last character was not lost when copying.`,
    )
  }
  if (length > spec.maxLength) {
    return fail(
      'tooLong',
      `${label.ja}が長すぎます(${length}文字。${spec.maxLength}文字までです)。ほかの文字や2回分を一緒に貼り付けていないか確かめてください。`,
      `The ${lowerFirst(label.en)} is too long (${length} characters; at most ${spec.maxLength}). Check that nothing else was pasted along with it.`,
    )
  }
  return null
}

function normalizePrivateKey(spec: SecretFieldSpec, raw: string): SecretCheck {
  const value = raw.replace(/\r\n?/g, '\n').replace(EDGES, '')
  const label = spec.label
  if (value === '') {
    return fail('empty', `${label.ja}が空です。`, `The ${lowerFirst(label.en)} is empty.`)
  }
  if (/-----BEGIN [A-Z0-9 ]*CERTIFICATE-----/.test(value) && !/PRIVATE KEY-----/.test(value)) {
    return fail(
      'certificateNotKey',
      `貼り付けたのは証明書(.crt)のようです。ここには秘密鍵(.key)の中身を貼り付けてください。`,
      `This looks like the certificate (.crt). Paste the contents of the private key (.key) here.`,
    )
  }
  const m = PEM.exec(value)
  if (!m || m[1] !== m[3] || m[2]!.trim() === '') {
    return fail(
      'notPem',
      `${label.ja}の形になっていません。「-----BEGIN … PRIVATE KEY-----」の行から「-----END … PRIVATE KEY-----」の行までを、欠けずにすべて貼り付けてください。`,
      `This is not a complete private key. Paste everything from the “-----BEGIN … PRIVATE KEY-----” line to the “-----END … PRIVATE KEY-----” line.`,
    )
  }
  const chars = Array.from(value)
  const bad = chars.findIndex(isFullWidth)
  if (bad >= 0) {
    return fail(
      'fullWidth',
      `${label.ja}に全角文字が入っています(${bad + 1}文字目)。ファイルの中身をそのまま貼り付けてください。`,
      `The ${lowerFirst(label.en)} contains a full-width character (character ${bad + 1}). Paste the file’s contents unchanged.`,
    )
  }
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
  const label = spec.label
  const value = raw.replace(EDGES, '')
  if (value === '') {
    return fail('empty', `${label.ja}が空です。`, `The ${lowerFirst(label.en)} is empty.`)
  }
  const chars = Array.from(value)
  if (spec.kind === 'key') {
    const i = firstIndex(chars, INNER_SPACE)
    if (i >= 0) {
      return fail(
        'whitespace',
        `${label.ja}の途中に空白か改行が入っています(${i + 1}文字目)。取り除いてから保存してください。`,
        `There is a space or line break inside the ${lowerFirst(label.en)} (character ${i + 1}). Remove it and save again.`,
      )
    }
  } else {
    const i = firstIndex(chars, LINE_BREAK)
    if (i >= 0) {
      return fail(
        'lineBreak',
        `${label.ja}の途中に改行が入っています(${i + 1}文字目)。1行で入力してください。`,
        `There is a line break inside the ${lowerFirst(label.en)} (character ${i + 1}). Enter it on one line.`,
      )
    }
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
