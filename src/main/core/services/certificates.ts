import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto'
import { japanDateTime, slashDate } from '@shared/domain/isoDate'
import type { IsoDate } from '@shared/domain/types'
import { appError } from '@shared/errors'
import { MAX_CERTIFICATE_FILE_BYTES } from '@shared/ipc/shopsLimits'

/**
 * Reading an API certificate pair (Yahoo!'s legacy .crt + .key) with node:crypto only: no
 * database, no keychain, no files. The renderer reads the files the user picked as text and
 * sends that text; this checks it and tells in plain words what is wrong. Nothing is stored
 * here: the caller stores the private key only when this returns.
 */

export interface CertificatePair {
  /** 'CN=…, O=…' on one line. */
  subject: string
  issuer: string
  /** ISO instants read from the certificate. */
  notBefore: string
  notAfter: string
  /** Japan dates of notBefore / notAfter: the expiry is the Japan date of notAfter. */
  issuedOn: IsoDate
  expiresOn: IsoDate
  fingerprint256: string
  /** The private key's PEM block alone (line breaks as LF), ready for the keychain. */
  privateKeyPem: string
}

const CERT_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/
const KEY_BLOCK = /-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----[\s\S]+?-----END \1-----/
const ENCRYPTED = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,\s*ENCRYPTED/

function checkSize(
  text: string,
  field: string,
  tooLarge: 'certificateFileTooLarge' | 'privateKeyFileTooLarge',
): void {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > MAX_CERTIFICATE_FILE_BYTES) {
    throw appError(tooLarge, { kb: Math.ceil(bytes / 1024) }, field)
  }
}

function instant(x509: X509Certificate, which: 'validFrom' | 'validTo'): Date {
  // Node 22+ (Electron) has validFromDate/validToDate; Node 20 only the text form.
  const native = (x509 as unknown as Record<string, unknown>)[`${which}Date`]
  const date = native instanceof Date ? native : new Date(x509[which])
  if (Number.isNaN(date.getTime())) {
    throw appError('certificateValidityUnreadable', {}, 'certificatePem')
  }
  return date
}

function oneLine(dn: string): string {
  return dn
    .split('\n')
    .map((part) => part.trim())
    .filter(Boolean)
    .join(', ')
    .slice(0, 200)
}

function parseCertificate(text: string): X509Certificate {
  const block = CERT_BLOCK.exec(text)?.[0]
  if (!block) {
    if (KEY_BLOCK.test(text) || ENCRYPTED.test(text)) {
      throw appError('keyInCertificateField', {}, 'certificatePem')
    }
    throw appError('notCertificate', {}, 'certificatePem')
  }
  try {
    return new X509Certificate(block)
  } catch {
    throw appError('certificateDamaged', {}, 'certificatePem')
  }
}

function parsePrivateKey(text: string): { pem: string; key: KeyObject } {
  if (ENCRYPTED.test(text)) {
    throw appError('keyEncrypted', {}, 'privateKeyPem')
  }
  const match = KEY_BLOCK.exec(text.replace(/\r\n?/g, '\n'))
  if (!match) {
    if (CERT_BLOCK.test(text)) {
      throw appError('certificateInKeyField', {}, 'privateKeyPem')
    }
    throw appError('notPrivateKey', {}, 'privateKeyPem')
  }
  const pem = match[0]
  try {
    return { pem, key: createPrivateKey(pem) }
  } catch (error) {
    const code = (error as { code?: string }).code ?? ''
    if (/PASSPHRASE|DECRYPT/i.test(code)) {
      throw appError('keyEncrypted', {}, 'privateKeyPem')
    }
    throw appError('privateKeyDamaged', {}, 'privateKeyPem')
  }
}

/**
 * Checks a certificate and its private key and reads the dates. Refuses (AppError, with the
 * input field to blame) a file over 64 KB, anything that is not a PEM certificate or key, an
 * encrypted key, a key that does not belong to the certificate and a certificate that has
 * already expired at `now`.
 */
export function readCertificatePair(
  input: { certificatePem: string; privateKeyPem: string },
  now: Date,
): CertificatePair {
  checkSize(input.certificatePem, 'certificatePem', 'certificateFileTooLarge')
  checkSize(input.privateKeyPem, 'privateKeyPem', 'privateKeyFileTooLarge')
  if (input.certificatePem.trim() === '') {
    throw appError('certificateMissing', {}, 'certificatePem')
  }
  if (input.privateKeyPem.trim() === '') {
    throw appError('keyMissing', {}, 'privateKeyPem')
  }

  const x509 = parseCertificate(input.certificatePem)
  const { pem, key: privateKey } = parsePrivateKey(input.privateKeyPem)

  let matches: boolean
  try {
    matches = x509.checkPrivateKey(privateKey)
  } catch {
    matches = false
  }
  if (!matches) {
    throw appError('keyMismatch', {}, 'privateKeyPem')
  }

  const notBefore = instant(x509, 'validFrom')
  const notAfter = instant(x509, 'validTo')
  const expires = japanDateTime(notAfter)
  if (notAfter.getTime() <= now.getTime()) {
    throw appError(
      'certificateExpired',
      { date: slashDate(expires.date), time: expires.time },
      'certificatePem',
    )
  }

  return {
    subject: oneLine(x509.subject),
    issuer: oneLine(x509.issuer),
    notBefore: notBefore.toISOString(),
    notAfter: notAfter.toISOString(),
    issuedOn: japanDateTime(notBefore).date,
    expiresOn: expires.date,
    fingerprint256: x509.fingerprint256,
    privateKeyPem: pem,
  }
}
