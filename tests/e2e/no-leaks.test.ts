import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHost, type Host } from '../../src/host/server'
import { listFiles, occurrencesIn } from '../helpers/files'
import { testSecretStore } from '../helpers/keychain'
import { makeCertificate } from '../helpers/openssl'
import { makeTempDir } from '../helpers/tempDir'

// A full session over the browser host's HTTP API with known secret values; afterwards no
// secret may appear anywhere it could leak: the SQLite files, logs, backups and exports, and
// every API response the host served, except the one explicit reveal.
const KEY = 'SLK-LEAKCHECK-0123456789abcdefXYZ'
const RENEWED = 'SLK-LEAKCHECK-renewed-9876543210qq'
const AUPAY = 'aupay-LEAKCHECK-key-00112233445566'
const PASSWORD = 'Ponpare-LEAKCHECK-pw-2026!'

let dir: ReturnType<typeof makeTempDir>
let store: ReturnType<typeof testSecretStore>
let host: Host
let privateKeyBody = ''

async function api<T = Record<string, unknown>>(channel: string, input: unknown): Promise<T> {
  const res = await fetch(new URL(`/api/${channel}`, host.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  })
  const result = (await res.json()) as { ok: boolean; value: T; error?: { code: string } }
  if (!result.ok) throw new Error(`${channel}: ${result.error?.code}`)
  return result.value
}

beforeAll(async () => {
  dir = makeTempDir('hp-leaks-')
  store = testSecretStore()
  host = await startHost({
    dataDir: join(dir.path, 'data'),
    secrets: store,
    recordResponses: true,
    now: '2026-12-20T09:00',
  })
})
afterAll(async () => {
  await host.close()
  await store.cleanup()
  dir.remove()
})

describe('no secret leaks', () => {
  it('keeps every secret out of files, backups, logs and responses, except one reveal', async () => {
    const rakuten = await api<{ id: string }>('saveShop', {
      name: '漏れ確認 楽天店',
      mallId: 'rakuten',
      active: true,
      deferredPaymentApps: ['kuroneko'],
      notes: '',
    })
    const yahoo = await api<{ id: string }>('saveShop', {
      name: '漏れ確認 Yahoo店',
      mallId: 'yahoo',
      active: true,
      deferredPaymentApps: [],
      notes: '',
    })
    const aupay = await api<{ id: string }>('saveShop', {
      name: '漏れ確認 au店',
      mallId: 'aupay',
      active: true,
      deferredPaymentApps: [],
      notes: '',
    })
    const ponpare = await api<{ id: string }>('saveShop', {
      name: '漏れ確認 ポンパレ店',
      mallId: 'ponpare',
      active: true,
      deferredPaymentApps: [],
      notes: '',
    })
    const key = await api<{ credential: { id: string } }>('saveCredential', {
      shopId: rakuten.id,
      kindId: 'rakuten.licenseKey',
      label: '',
      issuedOn: '2026-10-01',
      expiresOn: null,
      secret: KEY,
    })
    await api('renewCredential', {
      id: key.credential.id,
      issuedOn: '2026-12-20',
      expiresOn: null,
      secret: RENEWED,
    })
    await api('saveCredential', {
      shopId: aupay.id,
      kindId: 'aupay.apiKey',
      label: '',
      issuedOn: null,
      expiresOn: '2027-01-02',
      secret: AUPAY,
    })
    await api('saveCredential', {
      shopId: ponpare.id,
      kindId: 'ponpare.apiPassword',
      label: '',
      issuedOn: null,
      expiresOn: '2027-02-01',
      secret: PASSWORD,
    })
    const cert = makeCertificate(join(dir.path, 'certs'), { days: 300 })
    privateKeyBody = cert.key
      .split('\n')
      .filter((l) => l && !l.startsWith('-----'))
      .join('')
      .slice(10, 60)
    await api('importCertificate', {
      shopId: yahoo.id,
      label: '',
      certificatePem: cert.crt,
      privateKeyPem: cert.key,
    })
    await api('saveClosure', { name: '年末年始', start: '2026-12-29', end: '2027-01-03' })

    // Everything a user looks at, and every export.
    for (const channel of [
      'listShops',
      'credentialUrgency',
      'getCalendar',
      'getAppInfo',
      'getSettings',
      'getBackupSettings',
    ])
      await api(channel, {})
    const exported = await api<{ content: string }>('exportBackup', {})
    await api('backupDatabaseNow', {})
    for (const [channel, input] of [
      ['getPrepRun', {}],
      ['getPrepReadiness', {}],
      ['listReminders', {}],
    ] as const) {
      await api(channel, input).catch(() => undefined) // areas that may not exist in every build
    }
    const revealed = await api<{ secret: string }>('revealSecret', { id: key.credential.id })
    expect(revealed.secret).toBe(RENEWED)
    host.core.context.logger.error('a logged failure with context', {
      channel: 'saveCredential',
      shop: '漏れ確認',
    })

    const secrets = [KEY, RENEWED, AUPAY, PASSWORD, privateKeyBody]
    const files = listFiles(join(dir.path, 'data'))
    expect(files.some((f) => f.endsWith('.sqlite-wal'))).toBe(true)
    expect(files.some((f) => f.includes('backups'))).toBe(true)
    expect(files.some((f) => f.endsWith('.log'))).toBe(true)
    const found: Record<string, number> = {}
    for (const secret of secrets) {
      found[secret] = occurrencesIn(files, secret).length + (exported.content.includes(secret) ? 1 : 0)
      found[`${secret}@responses`] = host.responses.filter((r) => r.includes(secret)).length
    }
    console.log(`[no-leaks] ${files.length} files, ${host.responses.length} responses scanned`)
    expect(found).toEqual({
      [KEY]: 0,
      [`${KEY}@responses`]: 0,
      [RENEWED]: 0,
      [`${RENEWED}@responses`]: 1, // the single explicit reveal
      [AUPAY]: 0,
      [`${AUPAY}@responses`]: 0,
      [PASSWORD]: 0,
      [`${PASSWORD}@responses`]: 0,
      [privateKeyBody]: 0,
      [`${privateKeyBody}@responses`]: 0,
    })
    expect(
      readFileSync(
        files.find((f) => f.endsWith('.log'))!,
        'utf8',
      ),
    ).toContain('a logged failure')
  })
})
