import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, DATABASE_FILE } from '@core'
import { listFiles, occurrencesIn } from '../helpers/files'
import { testSecretStore } from '../helpers/keychain'
import { makeTempDir } from '../helpers/tempDir'

let dir: ReturnType<typeof makeTempDir>
let store: ReturnType<typeof testSecretStore>
beforeEach(() => {
  dir = makeTempDir()
  store = testSecretStore()
})
afterEach(async () => {
  await store.cleanup()
  dir.remove()
})

describe('keychain (real OS keychain through keytar)', () => {
  it('sets, reads, lists and deletes a secret', async () => {
    expect(await store.check()).toBeNull()
    await store.set('cred-1', 'SLK-0123456789abcdef')
    expect(await store.get('cred-1')).toBe('SLK-0123456789abcdef')
    expect(await store.accounts()).toEqual(['cred-1'])
    await store.set('cred-1', 'SLK-replaced-value-99')
    expect(await store.get('cred-1')).toBe('SLK-replaced-value-99')
    expect(await store.delete('cred-1')).toBe(true)
    expect(await store.get('cred-1')).toBeNull()
    expect(await store.delete('cred-1')).toBe(false)
  })

  it('keeps a secret out of every SQLite file of the core', async () => {
    const secret = 'HP-SECRET-6f1c2d9e8a7b'
    const core = createCore({ dataDir: dir.path, secrets: store })
    await store.set('cred-x', secret)
    await core.dispatch('setLanguage', { language: 'en' })
    const info = await core.dispatch('getAppInfo', {})
    expect(JSON.stringify(info)).not.toContain(secret)
    const files = listFiles(dir.path)
    expect(files.some((f) => f.endsWith(DATABASE_FILE))).toBe(true)
    expect(files.some((f) => f.endsWith('-wal'))).toBe(true)
    expect(occurrencesIn(files, secret)).toEqual([])
    core.close()
    expect(await store.get('cred-x')).toBe(secret)
  })
})
