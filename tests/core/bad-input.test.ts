import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '@core'
import { dumpTables } from '@core/db/backupRepo'
import { channelNames, contract } from '@shared/ipc'
import { testSecretStore } from '../helpers/keychain'
import { malformedInputs } from '../helpers/malformed'
import { seedProfile } from '../helpers/seed'
import { makeTempDir } from '../helpers/tempDir'

// Every door of the app, at least 50 malformed inputs each: a typed, readable refusal, the
// process alive, the database unchanged.
let dir: ReturnType<typeof makeTempDir>
let store: ReturnType<typeof testSecretStore>
let core: Core
const tally: Record<string, { rejected: number; tried: number }> = {}

beforeAll(async () => {
  dir = makeTempDir()
  store = testSecretStore()
  core = createCore({
    dataDir: dir.path,
    secrets: store,
    clock: { now: () => new Date('2026-12-01T01:00:00Z') },
  })
  await seedProfile(core)
})
afterAll(async () => {
  core.close()
  await store.cleanup()
  dir.remove()
  const total = Object.values(tally).reduce(
    (a, t) => ({ rejected: a.rejected + t.rejected, tried: a.tried + t.tried }),
    {
      rejected: 0,
      tried: 0,
    },
  )
  console.log(
    `[bad-input] ${Object.keys(tally).length} channels, ${total.rejected}/${total.tried} malformed inputs rejected`,
  )
})

describe('bad input at every door', () => {
  it.each(channelNames)('%s refuses every malformed input and changes nothing', async (channel) => {
    const inputs = malformedInputs(contract[channel].input)
    expect(inputs.length).toBeGreaterThanOrEqual(50)
    const before = JSON.stringify(dumpTables(core.db))
    let rejected = 0
    for (const input of inputs) {
      const result = await core.dispatch(channel, input)
      expect(result.ok, `${channel} accepted ${JSON.stringify(input)?.slice(0, 120)}`).toBe(false)
      if (result.ok) continue
      expect(result.error.code).toMatch(/^[a-z_]+$/)
      expect(result.error.message.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/)
      expect(result.error.message.en.length).toBeGreaterThan(5)
      expect(JSON.stringify(result.error)).not.toMatch(/\bat .+:\d+:\d+|node_modules|Error:/)
      rejected++
    }
    expect(JSON.stringify(dumpTables(core.db))).toBe(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    tally[channel] = { rejected, tried: inputs.length }
  })
})
