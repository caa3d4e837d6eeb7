import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '@core'
import { readCertificatePair } from '@core/services/certificates'
import { AppError } from '@shared/errors'
import type { CredentialHistoryEntry, CredentialView } from '@shared/ipc/shops'
import { listFiles, occurrencesIn } from '../helpers/files'
import { testSecretStore } from '../helpers/keychain'
import { derOf, encryptKey, makeCertificate, type TestCertificate } from '../helpers/openssl'
import { makeTempDir } from '../helpers/tempDir'

// The app's clock: 2026-12-01 10:00 in Japan.
const NOW = new Date('2026-12-01T01:00:00Z')

let certDir: ReturnType<typeof makeTempDir>
let good: TestCertificate // valid 2026-11-01 → 2027-11-30 23:59:59 JST
let later: TestCertificate // valid 2026-11-20 → 2027-12-01 00:00 JST (15:00 UTC the day before)
let other: TestCertificate
let expired: TestCertificate
let fromNow: TestCertificate

beforeAll(() => {
  certDir = makeTempDir('hp-certs-')
  good = makeCertificate(certDir.path, {
    name: 'good',
    subject: '/CN=store-12345/O=Sample Shop',
    start: '20261101000000Z',
    end: '20271130145959Z',
  })
  later = makeCertificate(certDir.path, { name: 'later', start: '20261120000000Z', end: '20271130150000Z' })
  other = makeCertificate(certDir.path, { name: 'other', days: 30 })
  expired = makeCertificate(certDir.path, {
    name: 'expired',
    start: '20240101000000Z',
    end: '20250101000000Z',
  })
  fromNow = makeCertificate(certDir.path, { name: 'from-now', days: 400 })
})
afterAll(() => certDir.remove())

/** The first half of the base64 lines between the markers: never a whole certificate. */
function truncated(pem: string): string {
  const lines = pem.trim().split('\n')
  const body = lines.slice(1, -1)
  return [lines[0], ...body.slice(0, Math.floor(body.length / 2)), lines.at(-1)].join('\n')
}

function refusal(fn: () => unknown): AppError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    return error as AppError
  }
  throw new Error('expected a refusal')
}

describe('readCertificatePair (node:crypto only)', () => {
  it('reads subject, validity and the Japan date of notAfter', () => {
    const pair = readCertificatePair({ certificatePem: good.crt, privateKeyPem: good.key }, NOW)
    expect(pair.subject).toBe('CN=store-12345, O=Sample Shop')
    expect(pair.notAfter).toBe('2027-11-30T14:59:59.000Z')
    expect(pair.expiresOn).toBe('2027-11-30')
    expect(pair.issuedOn).toBe('2026-11-01')
    expect(pair.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----$/)
    expect(pair.fingerprint256).toMatch(/^[0-9A-F:]+$/)
  })

  it('turns a notAfter of 15:00 UTC into the next day in Japan', () => {
    const pair = readCertificatePair({ certificatePem: later.crt, privateKeyPem: later.key }, NOW)
    expect(pair.notAfter).toBe('2027-11-30T15:00:00.000Z')
    expect(pair.expiresOn).toBe('2027-12-01')
  })

  it('reads a certificate made with -days from now', () => {
    const pair = readCertificatePair({ certificatePem: fromNow.crt, privateKeyPem: fromNow.key }, new Date())
    const days = (Date.parse(pair.notAfter) - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(398)
    expect(days).toBeLessThan(401)
  })

  it('accepts CRLF files and a key file with text around the PEM block', () => {
    const crlf = good.crt.replace(/\n/g, '\r\n')
    const key = `Bag Attributes\n    localKeyID: 01\n${good.key.replace(/\n/g, '\r\n')}`
    const pair = readCertificatePair({ certificatePem: crlf, privateKeyPem: key }, NOW)
    expect(pair.expiresOn).toBe('2027-11-30')
    expect(pair.privateKeyPem).not.toContain('\r')
    expect(pair.privateKeyPem.startsWith('-----BEGIN')).toBe(true)
  })

  it.each([
    [
      'a key that belongs to another certificate',
      () => ({ certificatePem: good.crt, privateKeyPem: other.key }),
      'key_mismatch',
    ],
    [
      'garbage as the certificate',
      () => ({ certificatePem: 'hello, this is not a certificate', privateKeyPem: good.key }),
      'not_certificate',
    ],
    [
      'a certificate cut short (half of its lines)',
      () => ({ certificatePem: truncated(good.crt), privateKeyPem: good.key }),
      'not_certificate',
    ],
    [
      'a DER certificate read as text',
      () => ({ certificatePem: derOf(certDir.path, good.crtPath).toString('utf8'), privateKeyPem: good.key }),
      'not_certificate',
    ],
    [
      'garbage as the key',
      () => ({ certificatePem: good.crt, privateKeyPem: 'not a key at all' }),
      'not_private_key',
    ],
    [
      'an encrypted PKCS#8 key',
      () => ({ certificatePem: good.crt, privateKeyPem: encryptKey(certDir.path, good.keyPath, 'pkcs8') }),
      'key_encrypted',
    ],
    [
      'an encrypted traditional key',
      () => ({
        certificatePem: good.crt,
        privateKeyPem: encryptKey(certDir.path, good.keyPath, 'traditional'),
      }),
      'key_encrypted',
    ],
    ['files swapped', () => ({ certificatePem: good.key, privateKeyPem: good.crt }), 'files_swapped'],
    [
      'an expired certificate',
      () => ({ certificatePem: expired.crt, privateKeyPem: expired.key }),
      'certificate_expired',
    ],
    [
      'a certificate file over 64 KB',
      () => ({ certificatePem: `${'#'.repeat(65 * 1024)}\n${good.crt}`, privateKeyPem: good.key }),
      'file_too_large',
    ],
    [
      'a key file over 64 KB',
      () => ({ certificatePem: good.crt, privateKeyPem: `${good.key}\n${' '.repeat(66 * 1024)}` }),
      'file_too_large',
    ],
    ['no certificate', () => ({ certificatePem: '  ', privateKeyPem: good.key }), 'certificate_missing'],
  ])('refuses %s with a clear message in both languages', (_label, input, code) => {
    const error = refusal(() => readCertificatePair(input(), NOW))
    expect(error.code).toBe(code)
    expect(error.bilingual.ja.length).toBeGreaterThan(15)
    expect(error.bilingual.en.length).toBeGreaterThan(15)
    expect(error.field).toMatch(/^(certificatePem|privateKeyPem)$/)
    // The message never quotes the key.
    expect(error.bilingual.ja).not.toContain(good.key.split('\n')[1]!.slice(0, 20))
  })

  it('says when the expired certificate ran out, in Japan time', () => {
    const error = refusal(() =>
      readCertificatePair({ certificatePem: expired.crt, privateKeyPem: expired.key }, NOW),
    )
    expect(error.bilingual.ja).toContain('2025/01/01 09:00')
  })
})

describe('importCertificate through the core (real SQLite, real keychain)', () => {
  let dir: ReturnType<typeof makeTempDir>
  let store: ReturnType<typeof testSecretStore>
  let core: Core
  let shopId: string

  async function ok<T>(channel: string, input: unknown): Promise<T> {
    const result = await core.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message.ja}`)
    return result.value as T
  }

  const rows = () => core.db.prepare('SELECT COUNT(*) AS n FROM credentials').get() as { n: number }

  beforeEach(async () => {
    dir = makeTempDir()
    store = testSecretStore()
    core = createCore({ dataDir: dir.path, secrets: store, clock: { now: () => NOW } })
    await core.services.shops.repaired
    shopId = (
      await ok<{ id: string }>('saveShop', {
        name: 'サンプル店',
        mallId: 'yahoo',
        active: true,
        deferredPaymentApps: [],
        notes: '',
      })
    ).id
  })
  afterEach(async () => {
    core.close()
    await store.cleanup()
    dir.remove()
  })

  it('stores the key in the keychain and takes the expiry from the certificate without asking', async () => {
    const view = await ok<CredentialView>('importCertificate', {
      shopId,
      label: '',
      certificatePem: good.crt,
      privateKeyPem: good.key,
    })
    const c = view.credential
    expect(c.kindId).toBe('yahoo.certificate')
    expect(c.expiresOn).toBe('2027-11-30')
    expect(c.issuedOn).toBe('2026-11-01')
    expect(c.expirySource).toBe('certificate')
    expect(view.estimated).toBe(false)
    expect(c.meta.subject).toBe('CN=store-12345, O=Sample Shop')
    expect(c.secretHint).toBe('•••••• (PEM)')
    expect(await store.accounts()).toEqual([`${c.id}:1`])
    expect(await store.get(`${c.id}:1`)).toBe(good.key.trim())
    expect(JSON.stringify(view)).not.toContain('PRIVATE KEY')

    // The key body never reaches SQLite or the log.
    const body = good.key.split('\n')[2]!
    expect(occurrencesIn(listFiles(dir.path), body)).toEqual([])

    // A new pair renews the same credential: new account first, old one gone, history kept.
    const renewed = await ok<CredentialView>('importCertificate', {
      shopId,
      credentialId: c.id,
      label: '本店',
      certificatePem: later.crt,
      privateKeyPem: later.key,
      note: '山田',
    })
    expect(renewed.credential.expiresOn).toBe('2027-12-01')
    expect(renewed.credential.label).toBe('本店')
    expect(await store.accounts()).toEqual([`${c.id}:2`])
    expect(await store.get(`${c.id}:2`)).toBe(later.key.trim())
    const history = await ok<CredentialHistoryEntry[]>('credentialHistory', { id: c.id })
    expect(history.map((h) => [h.action, h.actor])).toEqual([
      ['renew', 'certificate'],
      ['create', 'certificate'],
    ])
    expect(history[0]).toMatchObject({
      oldExpiresOn: '2027-11-30',
      newExpiresOn: '2027-12-01',
      secretChanged: true,
      note: '山田',
    })
    expect(JSON.stringify(history)).not.toContain('PRIVATE KEY')
  })

  it.each([
    ['mismatched key', () => ({ certificatePem: good.crt, privateKeyPem: other.key }), 'key_mismatch'],
    ['garbage', () => ({ certificatePem: 'garbage', privateKeyPem: 'garbage' }), 'not_certificate'],
    [
      'encrypted key',
      () => ({ certificatePem: good.crt, privateKeyPem: encryptKey(certDir.path, good.keyPath, 'pkcs8') }),
      'key_encrypted',
    ],
    [
      'too large',
      () => ({ certificatePem: good.crt + '\n'.repeat(64 * 1024), privateKeyPem: good.key }),
      'file_too_large',
    ],
    ['expired', () => ({ certificatePem: expired.crt, privateKeyPem: expired.key }), 'certificate_expired'],
  ])('refuses %s and stores nothing', async (_label, files, code) => {
    const result = await core.dispatch('importCertificate', { shopId, label: '', ...files() })
    expect(result).toMatchObject({ ok: false, error: { code } })
    expect(rows().n).toBe(0)
    expect(await store.accounts()).toEqual([])
  })

  it('keeps the old certificate when a renewal is refused', async () => {
    const view = await ok<CredentialView>('importCertificate', {
      shopId,
      label: '',
      certificatePem: good.crt,
      privateKeyPem: good.key,
    })
    const result = await core.dispatch('importCertificate', {
      shopId,
      credentialId: view.credential.id,
      label: '',
      certificatePem: later.crt,
      privateKeyPem: good.key,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'key_mismatch', field: 'privateKeyPem' } })
    expect(await store.accounts()).toEqual([`${view.credential.id}:1`])
    const again = await ok<{ shops: { credentials: CredentialView[] }[] }>('listShops', {})
    expect(again.shops[0]!.credentials[0]!.credential.expiresOn).toBe('2027-11-30')
  })

  it('refuses a certificate for a mall without certificate credentials', async () => {
    const rakuten = await ok<{ id: string }>('saveShop', {
      name: '楽天店',
      mallId: 'rakuten',
      active: true,
      deferredPaymentApps: [],
      notes: '',
    })
    const result = await core.dispatch('importCertificate', {
      shopId: rakuten.id,
      label: '',
      certificatePem: good.crt,
      privateKeyPem: good.key,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'kind_not_for_mall' } })
    expect(await store.accounts()).toEqual([])
  })

  it('refuses certificate text beyond the channel size with a typed error', async () => {
    const result = await core.dispatch('importCertificate', {
      shopId,
      label: '',
      certificatePem: 'x'.repeat(80_000),
      privateKeyPem: good.key,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'certificatePem' } })
  })
})
