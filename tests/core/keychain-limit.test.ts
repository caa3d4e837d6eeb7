import { execFileSync } from 'node:child_process'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createCore } from '@core'
import { WINDOWS_BLOB_LIMIT } from '@core/secrets/chunkedStore'
import { createKeytarBackend, createKeytarStore } from '@core/secrets/keytarStore'
import { MAX_SECRET_CHARS } from '@shared/ipc/shopsLimits'
import { makeTempDir } from '../helpers/tempDir'

// Windows Credential Manager holds at most 2560 bytes per entry. These run the Windows rule on
// every platform: the real keychain behind a backend that refuses anything larger, and the
// app's store on top of it.
let pem: string
beforeAll(() => {
  pem = generateKeyPairSync('rsa', { modulusLength: 4096 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString()
    .trim()
})

let service: string
let raw: ReturnType<typeof createKeytarBackend>
let store: ReturnType<typeof createKeytarStore>
beforeEach(() => {
  service = `holiday-prep-test-${randomBytes(6).toString('hex')}`
  raw = createKeytarBackend(service, process.platform, WINDOWS_BLOB_LIMIT)
  store = createKeytarStore(service, process.platform, { blobLimitBytes: WINDOWS_BLOB_LIMIT })
})
afterEach(async () => {
  for (const account of await raw.accounts()) await raw.delete(account)
})

/** Every entry the keychain really holds for the service, with its size in bytes. */
async function entries(): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  for (const account of await raw.accounts()) out.set(account, Buffer.byteLength((await raw.get(account))!))
  return out
}

describe('secrets larger than one Windows credential (2560 bytes)', () => {
  it('the limited backend refuses an RSA-4096 key in one entry, as Windows would', async () => {
    expect(Buffer.byteLength(pem)).toBeGreaterThan(3200)
    await expect(raw.set('cred:1', pem)).rejects.toThrow(/exceeds the keychain entry limit of 2560/)
    expect(await raw.accounts()).toEqual([])
  })

  it('saves a 3.3 KB key, reads it back equal, lists one account and deletes every piece', async () => {
    const key = `${pem}\n${'x'.repeat(3300 - pem.length - 1)}`
    expect(Buffer.byteLength(key)).toBe(3300)
    await store.set('cred:1', key)
    const held = await entries()
    expect(held.size).toBe(2)
    for (const [, bytes] of held) expect(bytes).toBeLessThanOrEqual(WINDOWS_BLOB_LIMIT)
    expect(await store.get('cred:1')).toBe(key)
    expect(await store.accounts()).toEqual(['cred:1'])
    expect(await store.delete('cred:1')).toBe(true)
    expect(await store.get('cred:1')).toBeNull()
    expect(await raw.accounts()).toEqual([])
    expect(await store.delete('cred:1')).toBe(false)
  })

  it('splits on characters, never inside a UTF-8 sequence or a surrogate pair', async () => {
    // 3-byte kana and 4-byte emoji shifted so that piece boundaries fall at every offset.
    for (const lead of ['', 'a', 'ab', 'abc']) {
      const secret = lead + 'あ🔑'.repeat(1200)
      await store.set('cred:2', secret)
      expect(await store.get('cred:2')).toBe(secret)
    }
    // Each overwrite dropped the pieces of the version before: one generation is left.
    const gens = new Set([...(await entries()).keys()].map((a) => /#\d+\.(\w+)$/.exec(a)?.[1] ?? 'head'))
    expect(gens.size).toBe(2)
  })

  it('holds the largest secret the app accepts', async () => {
    const secret = '鍵'.repeat(MAX_SECRET_CHARS)
    await store.set('cred:3', secret)
    expect(await store.get('cred:3')).toBe(secret)
    const held = await entries()
    expect(held.size).toBeGreaterThan(25)
    for (const [, bytes] of held) expect(bytes).toBeLessThanOrEqual(WINDOWS_BLOB_LIMIT)
    await store.delete('cred:3')
    expect(await raw.accounts()).toEqual([])
  })

  it('overwrites large → small → large without leftovers, and small values stay one plain entry', async () => {
    await store.set('cred:4', pem)
    await store.set('cred:4', 'SLK-short')
    expect(await raw.get('cred:4')).toBe('SLK-short')
    expect([...(await entries()).keys()]).toEqual(['cred:4'])
    await store.set('cred:4', pem + pem)
    expect(await store.get('cred:4')).toBe(pem + pem)
    expect((await entries()).size).toBe(3)
  })

  it('stores a value that looks like its own head marker without misreading it', async () => {
    const tricky = '~hp-chunks/1:deadbeef:2:0000000000000000\nnot a head'
    await store.set('cred:5', tricky)
    expect(await store.get('cred:5')).toBe(tricky)
  })

  it('a piece left by a crash before its head was written surfaces as an orphan and is repaired', async () => {
    // What a kill between the pieces and the head leaves behind: pieces, no head.
    await raw.set('11111111-2222-3333-4444-555555555555:1#2.0badc0de', 'y'.repeat(2000))
    await raw.set('11111111-2222-3333-4444-555555555555:1#3.0badc0de', 'z'.repeat(2000))
    expect(await store.accounts()).toEqual(['11111111-2222-3333-4444-555555555555:1'])
    expect(await store.get('11111111-2222-3333-4444-555555555555:1')).toBeNull()
    const dir = makeTempDir()
    try {
      const core = createCore({ dataDir: dir.path, secrets: store })
      await core.services.shops.repaired
      expect(await raw.accounts()).toEqual([])
      core.close()
    } finally {
      dir.remove()
    }
  })

  it('a Yahoo! certificate with an RSA-4096 key goes through the core: import, reveal, renew, delete', async () => {
    const dir = makeTempDir()
    const core = createCore({ dataDir: dir.path, secrets: store })
    try {
      await core.services.shops.repaired
      const call = async (channel: string, input: unknown) => {
        const r = await core.dispatch(channel, input)
        if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message.en}`)
        return r.value as Record<string, unknown>
      }
      const shop = await call('saveShop', {
        name: '大きな鍵の店',
        mallId: 'yahoo',
        active: true,
        deferredPaymentApps: [],
        notes: '',
      })
      const first = rsa4096Certificate(dir.path, 'a')
      const view = await call('importCertificate', {
        shopId: shop.id,
        label: '',
        certificatePem: first.crt,
        privateKeyPem: first.key,
      })
      const id = (view.credential as { id: string }).id
      expect(await call('revealSecret', { id })).toEqual({ secret: first.key.trim() })
      expect(await store.accounts()).toEqual([`${id}:1`])
      expect((await entries()).size).toBe(2)
      const second = rsa4096Certificate(dir.path, 'b')
      await call('importCertificate', {
        shopId: shop.id,
        credentialId: id,
        label: '',
        certificatePem: second.crt,
        privateKeyPem: second.key,
      })
      expect(await call('revealSecret', { id })).toEqual({ secret: second.key.trim() })
      expect(await store.accounts()).toEqual([`${id}:2`])
      expect([...(await entries()).keys()].every((a) => a.startsWith(`${id}:2`))).toBe(true)
      await call('deleteCredential', { id, confirm: true })
      expect(await raw.accounts()).toEqual([])
    } finally {
      core.close()
      dir.remove()
    }
  })
})

function rsa4096Certificate(dir: string, name: string): { crt: string; key: string } {
  const keyPath = join(dir, `${name}.key`)
  const crtPath = join(dir, `${name}.crt`)
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:4096',
      '-nodes',
      '-days',
      '365',
      '-subj',
      '/CN=store-4096/O=Sample Shop',
    ].concat(['-keyout', keyPath, '-out', crtPath]),
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  return { crt: readFileSync(crtPath, 'utf8'), key: readFileSync(keyPath, 'utf8') }
}
