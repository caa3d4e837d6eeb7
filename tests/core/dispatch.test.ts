import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '@core'
import { testSecretStore } from '../helpers/keychain'
import { makeTempDir } from '../helpers/tempDir'

let dir: ReturnType<typeof makeTempDir>
let core: Core
beforeEach(() => {
  dir = makeTempDir()
  core = createCore({ dataDir: dir.path, secrets: testSecretStore() })
})
afterEach(() => {
  core.close()
  dir.remove()
})

const snapshot = () => core.db.prepare('SELECT key, value FROM settings ORDER BY key').all()

describe('dispatch validates every input', () => {
  it.each([
    ['a number', 42],
    ['a wrong value', { language: 'fr' }],
    ['a missing field', {}],
    ['an unknown field', { language: 'en', extra: 1 }],
    ['a prototype key', JSON.parse('{"language":"en","__proto__":{"admin":true}}')],
    ['null', null],
    ['a huge string', { language: 'x'.repeat(3_000_000) }],
  ])('rejects %s with a typed error and writes nothing', async (_label, input) => {
    const before = snapshot()
    const result = await core.dispatch('setLanguage', input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toMatch(/^(invalid_input|input_too_large)$/)
    expect(result.error.message.ja.length).toBeGreaterThan(5)
    expect(result.error.message.en.length).toBeGreaterThan(5)
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts:\d+/)
    expect(snapshot()).toEqual(before)
  })

  it('names the field and says it in Japanese', async () => {
    const result = await core.dispatch('setLanguage', { language: 3 })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'language' } })
    if (!result.ok) expect(result.error.message.ja).toContain('項目: language')
  })

  it('refuses an unknown channel', async () => {
    const result = await core.dispatch('dropTables', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
  })

  it('accepts a good input and remembers it', async () => {
    expect(await core.dispatch('setLanguage', { language: 'en' })).toEqual({
      ok: true,
      value: { language: 'en' },
    })
    expect(await core.dispatch('getSettings', {})).toEqual({ ok: true, value: { language: 'en' } })
  })
})
