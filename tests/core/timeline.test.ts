import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '@core'
import type { Closure, Shop } from '@shared/domain/types'
import type { ReminderList } from '@shared/ipc/reminders'
import type { CredentialView, ShopsOverview } from '@shared/ipc/shops'
import type { DashboardView } from '@shared/ipc/timeline'
import type { PrepRunView } from '@shared/ipc/wizard'
import { testSecretStore } from '../helpers/keychain'
import { jst, recordingNotifier, SimTime } from '../helpers/simTime'
import { makeTempDir } from '../helpers/tempDir'

/*
 * The setup of the issue: 楽天 licenseKey until 2026-12-30, Yahoo! authorization until
 * 2026-12-29, Amazon authorization until 2027-06-30, closure 2026-12-29 → 2027-01-03
 * (weekends and holidays off: last business day Mon 12/28, reopening Mon 1/4).
 */

let dir: ReturnType<typeof makeTempDir>
let store: ReturnType<typeof testSecretStore>
let time: SimTime
let notifier: ReturnType<typeof recordingNotifier>
let core: Core
const ids: Record<'rakuten' | 'yahoo' | 'amazon', string> = { rakuten: '', yahoo: '', amazon: '' }

function start(): Core {
  return createCore({ dataDir: dir.path, secrets: store, clock: time, notifier, reminders: { timers: time } })
}

async function ok<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await core.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message.ja}`)
  return result.value as T
}

async function setUp(): Promise<void> {
  await ok<Closure>('saveClosure', { name: '年末年始', start: '2026-12-29', end: '2027-01-03' })
  const add = async (mallId: string, kindId: string, expiresOn: string) => {
    const shop = await ok<Shop>('saveShop', {
      name: '本店',
      mallId,
      active: true,
      deferredPaymentApps: [],
      notes: '',
    })
    const view = await ok<CredentialView>('saveCredential', {
      shopId: shop.id,
      kindId,
      label: '',
      issuedOn: null,
      expiresOn,
    })
    return view.credential.id
  }
  ids.rakuten = await add('rakuten', 'rakuten.licenseKey', '2026-12-30')
  ids.yahoo = await add('yahoo', 'yahoo.authorization', '2026-12-29')
  ids.amazon = await add('amazon', 'amazon.spApi', '2027-06-30')
}

beforeEach(() => {
  dir = makeTempDir()
  store = testSecretStore()
  time = new SimTime(jst('2026-12-18', '08:00'))
  notifier = recordingNotifier(time)
  core = start()
})
afterEach(async () => {
  core?.close()
  await store.cleanup()
  dir?.remove()
})

/** '12/25(金)' as the texts write a date: month/day and the Japanese weekday. */
const mdJa = (iso: string) => {
  const w = '日月火水木金土'[new Date(`${iso}T12:00:00+09:00`).getUTCDay()]
  return `${Number(iso.slice(5, 7))}/${Number(iso.slice(8, 10))}(${w})`
}
const slash = (iso: string) => iso.replaceAll('-', '/')

describe('one renew-by date in every consumer', () => {
  it('dashboard, shops, wizard step, print model and reminder text name the same day (2026-12-18)', async () => {
    await setUp()
    const dashboard = await ok<DashboardView>('getDashboard')
    const shops = await ok<ShopsOverview>('listShops')
    const run = await ok<PrepRunView>('getPrepRun')
    const reminders = await ok<ReminderList>('listReminders')
    const tray = core.services.reminders.next(20)

    const found: Record<string, Set<string>> = {}
    const note = (key: string, date: string) => (found[key] ??= new Set()).add(date)
    for (const [name, id] of Object.entries(ids)) {
      const key = name
      const action = [...dashboard.doFirst, ...dashboard.more].find((a) => a.id === `credential:${id}`)
      if (action) note(key, action.doBy)
      const view = shops.shops.flatMap((s) => s.credentials).find((c) => c.credential.id === id)!
      note(key, view.deadline.doBy)
      note(key, view.status.renewBy!)
      // The advice beside it names the date in full.
      if (view.status.severity !== 'ok') expect(view.advice.ja).toContain(slash(view.deadline.doBy))
      // The wizard step and the printed checklist read the same run model.
      const step = run.steps.find((s) => s.credential?.id === id)
      if (step) note(key, step.credential!.deadline.doBy)
      const cred = run.credentials.find((c) => c.id === id)!
      note(key, cred.deadline.doBy)
    }
    expect(Object.fromEntries(Object.entries(found).map(([k, v]) => [k, [...v]]))).toEqual({
      rakuten: ['2026-12-25'],
      yahoo: ['2026-12-28'],
      amazon: ['2027-06-29'],
    })
    // The plan runs by do-by date: the month-before steps (by 12/21) first, then 楽天 (12/25)
    // before Yahoo! (12/28), though Yahoo! expires first.
    const order = [...dashboard.doFirst, ...dashboard.more].map((a) => [a.id, a.doBy])
    expect(order.filter(([id]) => id!.startsWith('credential:'))).toEqual([
      [`credential:${ids.rakuten}`, '2026-12-25'],
      [`credential:${ids.yahoo}`, '2026-12-28'],
    ])
    const dates = order.map(([, d]) => d!)
    expect(dates).toEqual([...dates].sort())
    // Reminders (the 通知 screen and the tray) word the same day: 楽天 12/25(金), Yahoo! 12/28(月).
    const texts = [...reminders.history, ...reminders.upcoming, ...tray].filter((r) =>
      r.id.startsWith('closureRisk:'),
    )
    const rakutenText = texts.find((r) => r.id.includes(ids.rakuten))!
    const yahooText = texts.find((r) => r.id.includes(ids.yahoo))!
    expect(rakutenText.body.ja).toContain(`${mdJa('2026-12-25')} までに`)
    expect(yahooText.body.ja).toContain(`${mdJa('2026-12-28')} までに`)
    expect(rakutenText.body.ja).not.toContain('最終営業日(12/28)より前に')
    // "あと N 日" counts to the do-by day: 7 days to 12/25, the expiry (12 days) beside it.
    const r = shops.shops.flatMap((s) => s.credentials).find((c) => c.credential.id === ids.rakuten)!
    expect(r.deadline.daysToDoBy).toBe(7)
    expect(r.status.daysLeft).toBe(12)
    // The dashboard answer stays small.
    expect(JSON.stringify(dashboard).length).toBeLessThan(50_000)
  })
})

describe('PC off through the closure', () => {
  it('on reopening day: one "expired" reminder per lapsed credential, none again after a restart; renewing withdraws it', async () => {
    await setUp()
    time.advanceTo(jst('2026-12-27', '12:00'))
    core.close()
    time.jump(jst('2027-01-04', '09:30')) // the PC was off from 12/27 to the morning of 1/4
    const mark = notifier.shown.length
    core = start()

    const fired = () =>
      core.db.prepare("SELECT reminder_id FROM reminder_log WHERE state = 'fired'").all() as {
        reminder_id: string
      }[]
    const expiredOf = (id: string) =>
      fired().filter((r) => r.reminder_id === `credentialExpired:${id}:2026-12-29`)
    expect(expiredOf(ids.yahoo)).toHaveLength(1)
    expect(fired().filter((r) => r.reminder_id.startsWith(`credentialExpired:${ids.rakuten}:`))).toHaveLength(
      1,
    )
    // Shown on 1/4 (alone or in a summary), in the past tense, naming since when imports stopped.
    const shown = notifier.shown.slice(mark)
    expect(shown.length).toBeGreaterThan(0)
    const list = await ok<ReminderList>('listReminders')
    const yahoo = list.history.find((h) => h.id === `credentialExpired:${ids.yahoo}:2026-12-29`)!
    expect(yahoo.title.ja).toContain('期限切れ')
    expect(yahoo.title.ja).toContain('12/30から受注の取り込みが止まっています')
    expect(yahoo.body.ja).toContain('休業中の 2026/12/29 で期限が切れ')
    // Nothing future-tense about Yahoo! is left waiting.
    expect(list.upcoming.filter((u) => u.id.includes(ids.yahoo))).toEqual([])

    // The dashboard leads with the reopening checklist and the expired Yahoo! authorization.
    const dashboard = await ok<DashboardView>('getDashboard')
    expect(dashboard.lifecycle.state).toBe('reopening')
    expect(dashboard.lifecycle.current?.closure.name).toBe('年末年始')
    expect(dashboard.reopening?.checks.map((a) => a.id)).toContain('step:reopen.imports')
    const expired = dashboard.reopening!.expired.find((a) => a.id === `credential:${ids.yahoo}`)!
    expect(expired).toMatchObject({ urgency: 'overdue', doBy: '2027-01-04' })
    expect(expired.why.ja).toContain('2026/12/30(水) から受注の取り込みや在庫連携が止まっています')

    // A restart repeats nothing.
    const before = fired().length
    core.close()
    core = start()
    time.advanceTo(jst('2027-01-04', '18:00'))
    expect(fired().length).toBe(before)

    // Snoozed, then the credential is renewed: the reminder is withdrawn at once, not left pending.
    await ok('snoozeReminder', { id: `credentialExpired:${ids.yahoo}:2026-12-29`, option: 'tomorrow' })
    await ok('renewCredential', { id: ids.yahoo, issuedOn: '2027-01-04', expiresOn: '2027-02-01' })
    const after = await ok<ReminderList>('listReminders')
    const withdrawn = after.history.find((h) => h.id === `credentialExpired:${ids.yahoo}:2026-12-29`)!
    expect(withdrawn.state).toBe('withdrawn')
    expect(after.upcoming.some((u) => u.id === `credentialExpired:${ids.yahoo}:2026-12-29`)).toBe(false)
    time.advanceTo(jst('2027-01-06', '12:00'))
    expect(expiredOf(ids.yahoo)).toHaveLength(1)
  })

  it('a closure risk reminder of a renewed key is withdrawn, the new date plans afresh', async () => {
    await setUp()
    time.advanceTo(jst('2026-12-18', '09:05'))
    const risk = `closureRisk:${ids.rakuten}:2026-12-30:`
    const listed = await ok<ReminderList>('listReminders')
    expect(listed.history.find((h) => h.id.startsWith(risk))?.state).toBe('active')
    await ok('renewCredential', { id: ids.rakuten, issuedOn: '2026-12-18', expiresOn: '2027-03-18' })
    const after = await ok<ReminderList>('listReminders')
    expect(after.history.find((h) => h.id.startsWith(risk))?.state).toBe('withdrawn')
    expect(after.upcoming.some((u) => u.id.startsWith(risk))).toBe(false)
  })
})

describe('the follow-up window', () => {
  it('is 14 days by default, editable up to 60, never shorter than 14; the wizard run stays live as long', async () => {
    await setUp()
    const settings = (await ok<{ settings: Record<string, unknown> }>('getCalendar')).settings
    expect(settings.followUpDays).toBe(14)
    const { closures: _closures, ...input } = settings
    const refused = await core.dispatch('saveCalendarSettings', { ...input, followUpDays: 10 })
    expect(refused.ok).toBe(false)
    if (!refused.ok) {
      expect(refused.error.field).toBe('followUpDays')
      expect(refused.error.message.ja).toContain('14〜60')
    }
    await ok('saveCalendarSettings', { ...input, followUpDays: 21 })
    // Reopening 1/4 + 21 days = 1/25: still the year-end closure's follow-up, its run live.
    core.close()
    time.jump(jst('2027-01-25', '10:00'))
    core = start()
    const dashboard = await ok<DashboardView>('getDashboard')
    expect(dashboard.lifecycle.state).toBe('reopening')
    expect(dashboard.runId).not.toBeNull()
    expect(dashboard.reopening?.checks.length).toBeGreaterThan(0)
    expect((await ok<PrepRunView>('getPrepRun')).run.status).toBe('live')
    core.close()
    time.jump(jst('2027-01-26', '10:00'))
    core = start()
    expect((await ok<DashboardView>('getDashboard')).lifecycle.state).toBe('done')
  })
})
