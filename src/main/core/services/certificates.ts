import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto'
import { japanDateTime, slashDate } from '../../../shared/domain/isoDate'
import type { IsoDate } from '../../../shared/domain/types'
import { AppError } from '../../../shared/errors'
import { MAX_CERTIFICATE_FILE_BYTES } from '../../../shared/ipc/shopsLimits'

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

function refuse(code: string, field: string, ja: string, en: string): never {
  throw new AppError(code, { ja, en }, field)
}

function checkSize(text: string, field: string, what: { ja: string; en: string }): void {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > MAX_CERTIFICATE_FILE_BYTES) {
    const kb = Math.ceil(bytes / 1024)
    refuse(
      'file_too_large',
      field,
      `${what.ja}のファイルが大きすぎます(${kb} KB。64 KB までです)。証明書や秘密鍵のファイルは普通 数 KB です。ほかのファイルを選んでいないか確かめてください。`,
      `The ${what.en} file is too large (${kb} KB; at most 64 KB). Certificate and key files are usually a few KB: check that you picked the right file.`,
    )
  }
}

function instant(x509: X509Certificate, which: 'validFrom' | 'validTo'): Date {
  // Node 22+ (Electron) has validFromDate/validToDate; Node 20 only the text form.
  const native = (x509 as unknown as Record<string, unknown>)[`${which}Date`]
  const date = native instanceof Date ? native : new Date(x509[which])
  if (Number.isNaN(date.getTime())) {
    refuse(
      'not_certificate',
      'certificatePem',
      '証明書の有効期間を読み取れませんでした。ストアクリエイターPro からダウンロードした .crt ファイルを選んでください。',
      'The validity period of the certificate could not be read. Pick the .crt file downloaded from Store Creator Pro.',
    )
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
      refuse(
        'files_swapped',
        'certificatePem',
        '証明書(.crt)の欄に秘密鍵のファイルが選ばれています。.crt と .key を入れ替えて選び直してください。',
        'A private key was picked in the certificate (.crt) field. Pick the .crt and the .key the other way round.',
      )
    }
    refuse(
      'not_certificate',
      'certificatePem',
      '選んだファイルは証明書として読み取れません。「-----BEGIN CERTIFICATE-----」で始まる .crt ファイルを選んでください。',
      'The file you picked cannot be read as a certificate. Pick the .crt file that starts with “-----BEGIN CERTIFICATE-----”.',
    )
  }
  try {
    return new X509Certificate(block)
  } catch {
    refuse(
      'not_certificate',
      'certificatePem',
      '証明書ファイルが壊れているか、途中で切れています。ダウンロードし直したファイルを選んでください。',
      'The certificate file is damaged or cut short. Download it again and pick the new file.',
    )
  }
}

function parsePrivateKey(text: string): { pem: string; key: KeyObject } {
  if (ENCRYPTED.test(text)) {
    refuse(
      'key_encrypted',
      'privateKeyPem',
      '秘密鍵がパスワードで暗号化されています。このアプリには、暗号化されていない .key ファイル(ダウンロードしたままのもの)を選んでください。',
      'The private key is protected with a password. Pick the unencrypted .key file (as it was downloaded).',
    )
  }
  const match = KEY_BLOCK.exec(text.replace(/\r\n?/g, '\n'))
  if (!match) {
    if (CERT_BLOCK.test(text)) {
      refuse(
        'files_swapped',
        'privateKeyPem',
        '秘密鍵(.key)の欄に証明書のファイルが選ばれています。.crt と .key を入れ替えて選び直してください。',
        'A certificate was picked in the private key (.key) field. Pick the .crt and the .key the other way round.',
      )
    }
    refuse(
      'not_private_key',
      'privateKeyPem',
      '選んだファイルは秘密鍵として読み取れません。「-----BEGIN … PRIVATE KEY-----」で始まる .key ファイルを選んでください。',
      'The file you picked cannot be read as a private key. Pick the .key file that starts with “-----BEGIN … PRIVATE KEY-----”.',
    )
  }
  const pem = match[0]
  try {
    return { pem, key: createPrivateKey(pem) }
  } catch (error) {
    const code = (error as { code?: string }).code ?? ''
    if (/PASSPHRASE|DECRYPT/i.test(code)) {
      refuse(
        'key_encrypted',
        'privateKeyPem',
        '秘密鍵がパスワードで暗号化されています。このアプリには、暗号化されていない .key ファイル(ダウンロードしたままのもの)を選んでください。',
        'The private key is protected with a password. Pick the unencrypted .key file (as it was downloaded).',
      )
    }
    refuse(
      'not_private_key',
      'privateKeyPem',
      '秘密鍵のファイルが壊れているか、途中で切れています。ダウンロードし直したファイルを選んでください。',
      'The private key file is damaged or cut short. Download it again and pick the new file.',
    )
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
  const crt = { ja: '証明書(.crt)', en: 'certificate (.crt)' }
  const key = { ja: '秘密鍵(.key)', en: 'private key (.key)' }
  checkSize(input.certificatePem, 'certificatePem', crt)
  checkSize(input.privateKeyPem, 'privateKeyPem', key)
  if (input.certificatePem.trim() === '') {
    refuse(
      'certificate_missing',
      'certificatePem',
      '証明書(.crt)のファイルを選んでください。',
      'Pick the certificate (.crt) file.',
    )
  }
  if (input.privateKeyPem.trim() === '') {
    refuse(
      'key_missing',
      'privateKeyPem',
      '秘密鍵(.key)のファイルを選んでください。',
      'Pick the private key (.key) file.',
    )
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
    refuse(
      'key_mismatch',
      'privateKeyPem',
      'この秘密鍵(.key)は、選んだ証明書(.crt)と組になっていません。同じときにダウンロードした .crt と .key を選んでください。',
      'This private key (.key) does not belong to the certificate (.crt) you picked. Pick the .crt and .key that were downloaded together.',
    )
  }

  const notBefore = instant(x509, 'validFrom')
  const notAfter = instant(x509, 'validTo')
  const expires = japanDateTime(notAfter)
  if (notAfter.getTime() <= now.getTime()) {
    refuse(
      'certificate_expired',
      'certificatePem',
      `この証明書は ${slashDate(expires.date)} ${expires.time} に期限が切れています。ストアクリエイターPro から新しい証明書をダウンロードして選んでください。`,
      `This certificate expired on ${slashDate(expires.date)} ${expires.time} (Japan time). Download a new certificate from Store Creator Pro and pick it.`,
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
