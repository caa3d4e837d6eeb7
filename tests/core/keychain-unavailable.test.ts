import { spawnSync } from 'node:child_process'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listFiles, occurrencesIn } from '../helpers/files'
import { makeTempDir } from '../helpers/tempDir'

let dir: ReturnType<typeof makeTempDir>
beforeEach(() => (dir = makeTempDir()))
afterEach(() => dir.remove())

/** The core in a child process with no Secret Service reachable: no D-Bus, no display. */
function runWithoutKeychain(calls: { channel: string; input: unknown }[]) {
  const env = { ...process.env }
  for (const key of ['DBUS_SESSION_BUS_ADDRESS', 'DISPLAY', 'WAYLAND_DISPLAY']) delete env[key]
  env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/holiday-prep-test-bus'
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'tests/fixtures/dispatch-child.ts',
      dir.path,
      'holiday-prep-test-nokeychain',
      JSON.stringify(calls),
    ],
    { env, encoding: 'utf8', timeout: 60_000 },
  )
  expect(r.status, r.stderr).toBe(0)
  return JSON.parse(r.stdout) as {
    ok: boolean
    value?: unknown
    error?: { code: string; message: { ja: string } }
  }[]
}

describe.runIf(process.platform === 'linux')('without a keychain', () => {
  it('starts, works without secrets, and says how to fix the keychain', () => {
    const [info, lang, settings] = runWithoutKeychain([
      { channel: 'getAppInfo', input: {} },
      { channel: 'setLanguage', input: { language: 'en' } },
      { channel: 'getSettings', input: {} },
    ])
    expect(info).toMatchObject({ ok: true, value: { keychain: { available: false } } })
    const message = (info!.value as { keychain: { message: { ja: string; en: string } } }).keychain.message
    expect(message.ja).toContain('キーチェーン')
    expect(message.ja).toContain('平文で保存することはありません')
    expect(message.en).toMatch(/Secret Service|keyring/)
    expect(lang).toEqual({ ok: true, value: { language: 'en' } })
    expect(settings).toEqual({ ok: true, value: { language: 'en' } })
  })

  it('refuses every secret operation with a fix, writes nothing in plain text, and keeps the rest working', () => {
    const SECRET = 'SLK-NOKEYCHAIN-0123456789abcdef'
    const results = runWithoutKeychain([
      {
        channel: 'saveShop',
        input: { name: '鍵なし店', mallId: 'rakuten', active: true, deferredPaymentApps: [], notes: '' },
      },
      { channel: 'listShops', input: {} },
    ])
    const shopId = (results[0]!.value as { id: string }).id
    const [withSecret, withoutSecret, closure, shops] = runWithoutKeychain([
      {
        channel: 'saveCredential',
        input: {
          shopId,
          kindId: 'rakuten.licenseKey',
          label: '',
          issuedOn: null,
          expiresOn: '2027-03-01',
          secret: SECRET,
        },
      },
      {
        channel: 'saveCredential',
        input: {
          shopId,
          kindId: 'rakuten.licenseKey',
          label: 'キーは後で',
          issuedOn: null,
          expiresOn: '2027-03-01',
        },
      },
      { channel: 'saveClosure', input: { name: '年末年始', start: '2026-12-29', end: '2027-01-03' } },
      { channel: 'listShops', input: {} },
    ])
    expect(withSecret).toMatchObject({ ok: false, error: { code: 'keychain_unavailable' } })
    expect(withSecret!.error!.message.ja).toContain('キーリング')
    expect(withoutSecret!.ok).toBe(true)
    expect(closure!.ok).toBe(true)
    const credentials = (shops!.value as { shops: { credentials: { credential: { label: string } }[] }[] })
      .shops[0]!.credentials
    expect(credentials.map((c) => c.credential.label)).toEqual(['キーは後で'])
    const credentialId = (withoutSecret!.value as { credential: { id: string } }).credential.id
    const [reveal] = runWithoutKeychain([{ channel: 'revealSecret', input: { id: credentialId } }])
    expect(reveal!.ok).toBe(false)
    expect(occurrencesIn(listFiles(dir.path), SECRET)).toEqual([])
  })
})
