import { spawn } from 'node:child_process'
import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '@core'
import { silentLogger } from '@core/ports'
import type { Shop } from '@shared/domain/types'
import type { CredentialView } from '@shared/ipc/shops'
import { testSecretStore } from '../helpers/keychain'
import { jst } from '../helpers/simTime'
import { makeTempDir } from '../helpers/tempDir'

/*
 * The core runs in a child process with its clock set so that reminders are due. The test kills
 * it (SIGKILL) right after the decision is committed, or while it notifies, then starts it
 * again: no due reminder may be lost (each is in the log as fired), none notified twice. The
 * same days run without any crash in a copy of the data: both must end with the same log.
 */

interface ChildRun {
  lines: string[]
  committed: string[][]
  notified: { id: string; covers: string[] }[]
  killed: boolean
}

let dir: ReturnType<typeof makeTempDir>
let store: ReturnType<typeof testSecretStore>
let dataDir: string
let referenceDir: string

function runChild(now: string, mode: 'run' | 'pause-after-commit' | 'pause-at-notify'): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/fixtures/reminder-child.ts', dataDir, store.service, now, mode],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    const run: ChildRun = { lines: [], committed: [], notified: [], killed: false }
    let buffer = ''
    let stderr = ''
    const kill = () => {
      if (!run.killed) {
        run.killed = true
        child.kill('SIGKILL')
      }
    }
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk
      let at: number
      while ((at = buffer.indexOf('\n')) >= 0) {
        const text = buffer.slice(0, at)
        buffer = buffer.slice(at + 1)
        run.lines.push(text)
        if (text.startsWith('COMMITTED ')) {
          run.committed.push(JSON.parse(text.slice('COMMITTED '.length)) as string[])
          if (mode === 'pause-after-commit') kill()
        } else if (text.startsWith('NOTIFY ')) {
          run.notified.push(JSON.parse(text.slice('NOTIFY '.length)) as { id: string; covers: string[] })
          if (mode === 'pause-at-notify') kill()
        }
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`child did not finish: ${stderr}`))
    }, 60_000)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (run.killed) {
        expect(signal).toBe('SIGKILL')
        resolve(run)
      } else if (code === 0) resolve(run)
      else reject(new Error(`child exited with ${code ?? signal}: ${stderr}`))
    })
  })
}

function openCore(at: string, on = dataDir): Core {
  return createCore({
    dataDir: on,
    secrets: store,
    clock: { now: () => new Date(at) },
    logger: silentLogger,
    reminders: { autoStart: false },
  })
}

const firedIds = (core: Core): string[] =>
  (
    core.db.prepare("SELECT reminder_id FROM reminder_log WHERE state = 'fired' ORDER BY seq").all() as {
      reminder_id: string
    }[]
  ).map((r) => r.reminder_id)

const logOf = (core: Core): string[] =>
  (
    core.db.prepare('SELECT reminder_id, state FROM reminder_log ORDER BY seq').all() as {
      reminder_id: string
      state: string
    }[]
  ).map((r) => `${r.state} ${r.reminder_id}`)

beforeAll(async () => {
  dir = makeTempDir()
  store = testSecretStore()
  dataDir = join(dir.path, 'data')
  referenceDir = join(dir.path, 'reference')
  // The data: a closure and credentials of several malls, written without firing anything.
  const core = openCore(jst('2026-11-20', '08:00'))
  const ok = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await core.dispatch(channel, input)
    if (!r.ok) throw new Error(`${channel}: ${r.error.message.ja}`)
    return r.value as T
  }
  await ok('saveClosure', { name: '年末年始', start: '2026-12-29', end: '2027-01-03' })
  const credentials: [string, string, string][] = [
    ['rakuten', 'rakuten.licenseKey', '2027-01-01'],
    ['rakuten', 'rakuten.licenseKey', '2026-12-20'],
    ['yahoo', 'yahoo.authorization', '2026-12-23'],
    ['amazon', 'amazon.spApi', '2027-01-15'],
    ['aupay', 'aupay.apiKey', '2027-01-05'],
    ['qoo10', 'qoo10.sellerAuthKey', '2026-12-31'],
  ]
  for (const [mallId, kindId, expiresOn] of credentials) {
    const shop = await ok<Shop>('saveShop', {
      name: '検証店',
      mallId,
      active: true,
      deferredPaymentApps: [],
      notes: '',
    })
    await ok<CredentialView>('saveCredential', {
      shopId: shop.id,
      kindId,
      label: '',
      issuedOn: null,
      expiresOn,
    })
  }
  expect(firedIds(core)).toEqual([])
  core.close()
  cpSync(dataDir, referenceDir, { recursive: true })
})

afterAll(async () => {
  await store.cleanup()
  dir.remove()
})

// Days on which reminders are due, each after a stretch with the app closed.
const rounds: { now: string; mode: 'pause-after-commit' | 'pause-at-notify' }[] = [
  { now: jst('2026-11-20', '09:30'), mode: 'pause-after-commit' },
  { now: jst('2026-12-02', '09:30'), mode: 'pause-at-notify' },
  { now: jst('2026-12-09', '09:30'), mode: 'pause-after-commit' },
  { now: jst('2026-12-17', '09:30'), mode: 'pause-at-notify' },
  { now: jst('2026-12-22', '09:30'), mode: 'pause-after-commit' },
  { now: jst('2026-12-28', '09:30'), mode: 'pause-after-commit' },
]

describe('a crash between the decision and the notification', () => {
  const everyNotified: string[] = []

  it.each(rounds)(
    '$now: killed ($mode), restarted: nothing lost, nothing repeated',
    async ({ now, mode }) => {
      const crashed = await runChild(now, mode)
      expect(crashed.killed, crashed.lines.join('\n')).toBe(true)
      const decided = crashed.committed.flat()
      expect(decided.length).toBeGreaterThan(0)
      for (const n of crashed.notified) everyNotified.push(...n.covers)

      // Every reminder of the killed decision is in the log as fired.
      let core = openCore(now)
      const fired = firedIds(core)
      for (const id of decided) expect(fired).toContain(id)
      core.close()

      // The restart decides again: none of them comes back.
      const restarted = await runChild(now, 'run')
      expect(restarted.killed).toBe(false)
      expect(restarted.lines).toContain('READY')
      const again = restarted.committed.flat()
      for (const id of decided) expect(again).not.toContain(id)
      for (const n of restarted.notified) everyNotified.push(...n.covers)

      // Nothing is left due at that moment: nothing lost.
      core = openCore(now)
      const plan = core.services.reminders.plan(now)
      expect(plan.due).toEqual([])
      expect(plan.superseded).toEqual([])

      // The same day without any crash, on the copy: the same reminders fired and superseded.
      const reference = openCore(now, referenceDir)
      reference.scheduler.replan('reference')
      expect(new Set(logOf(core))).toEqual(new Set(logOf(reference)))
      expect(logOf(core)).toHaveLength(logOf(reference).length)
      reference.close()
      core.close()
    },
    120_000,
  )

  it('notified no reminder twice across every run', () => {
    expect(everyNotified.length).toBeGreaterThan(0)
    expect(new Set(everyNotified).size).toBe(everyNotified.length)
  })
})
