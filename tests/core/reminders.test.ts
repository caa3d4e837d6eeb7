import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '@core'
import { addDays } from '@shared/domain/isoDate'
import type { Shop } from '@shared/domain/types'
import type { ReminderList, ReminderSettingsView } from '@shared/ipc/reminders'
import type { CredentialView } from '@shared/ipc/shops'
import { testSecretStore } from '../helpers/keychain'
import { jst, recordingNotifier, SimTime } from '../helpers/simTime'
import { makeTempDir } from '../helpers/tempDir'

/*
 * Sixty simulated days, 2026-11-20 → 2027-01-20, with the 年末年始 closure 2026-12-29 → 2027-01-03
 * (last business day 12/28, reopening 1/4, safe from 1/11). The app runs, restarts, stays closed
 * for ten days, is told to be quiet at night; every reminder must fire exactly once, on its day.
 */

const HOUR = 3600_000

let dir: ReturnType<typeof makeTempDir>
let store: ReturnType<typeof testSecretStore>
const time = new SimTime(jst('2026-11-20', '08:00'))
const notifier = recordingNotifier(time)
let core: Core
/** Every core built in this file, for the timer checks. */
let cores = 0

function start(): Core {
  cores++
  return createCore({ dataDir: dir.path, secrets: store, clock: time, notifier, reminders: { timers: time } })
}

function restart(): void {
  core.close()
  expect(time.pending).toBe(0) // close() stops the scheduler's timer
  core = start()
}

async function ok<T>(channel: string, input: unknown): Promise<T> {
  const result = await core.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message.ja}`)
  return result.value as T
}

async function refused(channel: string, input: unknown) {
  const result = await core.dispatch(channel, input)
  expect(result.ok, JSON.stringify(result)).toBe(false)
  if (result.ok) throw new Error('unreachable')
  expect(result.error.message.ja.length).toBeGreaterThan(5)
  expect(result.error.message.en.length).toBeGreaterThan(5)
  return result.error
}

interface LogRow {
  reminder_id: string
  state: string
  at: string
}
const log = (): LogRow[] =>
  core.db.prepare('SELECT reminder_id, state, at FROM reminder_log ORDER BY seq').all() as LogRow[]
const firedRows = () => log().filter((r) => r.state === 'fired')

/** Notifications shown since `mark` (an index into notifier.shown). */
const shownSince = (mark: number) => notifier.shown.slice(mark)

const ids: Record<string, string> = {}
const cred = (key: string, threshold: number, expires: string) =>
  `credentialExpiry:${ids[key]}:${expires}:${threshold}`

async function addShop(name: string, mallId: string, active = true): Promise<Shop> {
  return ok<Shop>('saveShop', { name, mallId, active, deferredPaymentApps: [], notes: '' })
}

async function addCredential(key: string, shop: Shop, kindId: string, expiresOn: string) {
  const view = await ok<CredentialView>('saveCredential', {
    shopId: shop.id,
    kindId,
    label: '',
    issuedOn: null,
    expiresOn,
  })
  ids[key] = view.credential.id
}

beforeAll(() => {
  dir = makeTempDir()
  store = testSecretStore()
  core = start()
})
afterAll(async () => {
  core?.close()
  await store.cleanup()
  dir?.remove()
})

/** The instant each reminder must first fire at (Japan time), filled in as the story goes. */
const expected = new Map<string, string>()
const superseded = new Set<string>()
const thresholdsOf: Record<string, number[]> = {
  'rakuten.licenseKey': [30, 14, 7, 3, 1, 0],
  'yahoo.authorization': [14, 7, 3, 1, 0],
  'amazon.spApi': [30, 14, 7, 3, 1, 0],
  'aupay.apiKey': [30, 14, 7, 3, 1, 0],
  'qoo10.sellerAuthKey': [60, 30, 14, 7, 3, 1, 0],
}
const END = jst('2027-01-20', '23:59')

/** Every threshold of a credential due inside the window fires at 09:00 on its day. */
function expectThresholds(key: string, kindId: string, expires: string) {
  for (const t of thresholdsOf[kindId]!) {
    const at = jst(addDays(expires, -t))
    if (at <= END) expected.set(cred(key, t, expires), at)
  }
  // Not renewed in this story: on its first day without it, one "expired: import has stopped".
  const gone = jst(addDays(expires, 1))
  if (gone <= END) expected.set(`credentialExpired:${ids[key]}:${expires}`, gone)
}

describe('reminders over 60 simulated days', () => {
  let closureId = ''

  it('starts with nothing to say, then fires a closure risk as soon as a credential is known', async () => {
    expect(notifier.shown).toEqual([])
    const closure = await ok<{ id: string }>('saveClosure', {
      name: '年末年始',
      start: '2026-12-29',
      end: '2027-01-03',
    })
    closureId = closure.id
    const rakuten = await addShop('ひなた雑貨店', 'rakuten')
    const yahoo = await addShop('ひなた雑貨店', 'yahoo')
    const amazon = await addShop('ひなた雑貨店', 'amazon')
    const aupay = await addShop('ひなた雑貨店', 'aupay')
    const closed = await addShop('休止中の店', 'rakuten', false)
    await addCredential('A', rakuten, 'rakuten.licenseKey', '2027-01-01') // expires inside the closure
    await addCredential('B', yahoo, 'yahoo.authorization', '2026-12-23')
    await addCredential('C', amazon, 'amazon.spApi', '2027-01-15') // after reopening + 7: no risk
    await addCredential('D', aupay, 'aupay.apiKey', '2027-02-10')
    await addCredential('E', closed, 'rakuten.licenseKey', '2026-12-10') // inactive shop: never

    const risk = `closureRisk:${ids.A}:2027-01-01:${closureId}`
    expect(notifier.shown.map((n) => n.id)).toEqual([risk])
    expect(notifier.shown[0]!.title).toBe(
      '楽天市場 ひなた雑貨店：ライセンスキーは休業中(12/29〜1/3)に期限が切れます',
    )
    expect(notifier.shown[0]!.route).toBe(`/shops?credential=${ids.A}`)
    expected.set(risk, jst('2026-11-20', '08:00'))

    const phase = (kind: string) => `${kind}:${closureId}:2026-12-29`
    expected.set(phase('phaseMonthBefore'), jst('2026-11-29'))
    expected.set(phase('wizardStart'), jst('2026-12-22'))
    expected.set(phase('finalCheck'), jst('2026-12-28'))
    expected.set(phase('afterReopening'), jst('2027-01-04'))
    expectThresholds('A', 'rakuten.licenseKey', '2027-01-01')
    expectThresholds('B', 'yahoo.authorization', '2026-12-23')
    expectThresholds('C', 'amazon.spApi', '2027-01-15')
    expectThresholds('D', 'aupay.apiKey', '2027-02-10')

    const list = await ok<ReminderList>('listReminders', {})
    expect(list.history.map((h) => h.id)).toEqual([risk])
    expect(list.upcoming[0]).toMatchObject({ id: phase('phaseMonthBefore'), dueAt: jst('2026-11-29') })
    expect(list.nextDueAt).toBe(jst('2026-11-29'))
    expect(list.upcoming.every((r) => r.dueAt <= jst('2026-12-20', '23:59'))).toBe(true)
  })

  it('fires each reminder at 09:00 on its day, and a restart in the middle repeats nothing', () => {
    time.advanceTo(jst('2026-12-05', '12:00'))
    const before = notifier.shown.length
    const rowsBefore = log().length
    restart()
    expect(notifier.shown.length).toBe(before)
    expect(log().length).toBe(rowsBefore)
    time.advanceTo(jst('2026-12-12', '10:00'))
    const fired = firedRows().map((r) => [r.reminder_id, r.at])
    expect(fired).toEqual([
      [`closureRisk:${ids.A}:2027-01-01:${closureId}`, jst('2026-11-20', '08:00')],
      [`phaseMonthBefore:${closureId}:2026-12-29`, jst('2026-11-29')],
      [cred('A', 30, '2027-01-01'), jst('2026-12-02')],
      [cred('B', 14, '2026-12-23'), jst('2026-12-09')],
    ])
  })

  it('after ten days closed, fires what was missed once, condensed into one notification', async () => {
    core.close()
    time.jump(jst('2026-12-22', '10:00')) // the app was not running from 12/12 to 12/22
    const mark = notifier.shown.length
    core = start()
    const shown = shownSince(mark)
    expect(shown).toHaveLength(1)
    expect(shown[0]!.id).toMatch(/^summary:/)
    expect(shown[0]!.title).toBe('4件のお知らせがあります')
    expect(shown[0]!.body.split('\n')).toHaveLength(4) // three titles and "ほか1件"
    expect(shown[0]!.body).toContain('ほか1件')
    expect(shown[0]!.route).toBe('/notifications')

    // Only the newest of each subject: Yahoo's 1-day reminder, not its 7- and 3-day ones.
    const catchUp = [
      cred('B', 1, '2026-12-23'),
      cred('C', 30, '2027-01-15'),
      cred('A', 14, '2027-01-01'),
      `wizardStart:${closureId}:2026-12-29`,
    ]
    const now = jst('2026-12-22', '10:00')
    for (const id of catchUp) expected.set(id, now)
    for (const id of [cred('B', 7, '2026-12-23'), cred('B', 3, '2026-12-23')]) {
      superseded.add(id)
      expected.delete(id)
    }
    expect(
      log()
        .filter((r) => r.at === now)
        .map((r) => `${r.state} ${r.reminder_id}`)
        .sort(),
    ).toEqual(
      [...[...superseded].map((id) => `superseded ${id}`), ...catchUp.map((id) => `fired ${id}`)].sort(),
    )

    // The list in the app shows each of them, waiting for the owner.
    const list = await ok<ReminderList>('listReminders', {})
    expect(
      list.history
        .filter((h) => h.state === 'active')
        .map((h) => h.id)
        .sort(),
    ).toEqual([...catchUp].sort())
    // What was shown before about the same credential or closure is out of date now.
    const stateOf = (id: string) => list.history.find((h) => h.id === id)?.state
    expect(stateOf(`closureRisk:${ids.A}:2027-01-01:${closureId}`)).toBe('replaced')
    expect(stateOf(cred('A', 30, '2027-01-01'))).toBe('replaced')
    expect(stateOf(`phaseMonthBefore:${closureId}:2026-12-29`)).toBe('replaced')
    expect(list.history.map((h) => h.firedAt)).toEqual(
      [...list.history.map((h) => h.firedAt)].sort().reverse(),
    )
    const wizard = list.history.find((h) => h.id === `wizardStart:${closureId}:2026-12-29`)!
    expect(wizard.route).toBe(`/prep?closure=${closureId}&phase=weekBefore`)
    expect(wizard.body.ja).toContain('あと7日')
  })

  it('snoozes and dismisses, and both hold across a restart', async () => {
    time.advanceTo(jst('2026-12-22', '10:05'))
    const snoozedId = cred('C', 30, '2027-01-15')
    const dismissedId = cred('B', 1, '2026-12-23')
    let list = await ok<ReminderList>('snoozeReminder', { id: snoozedId, option: 'tomorrow' })
    expect(list.history.find((h) => h.id === snoozedId)).toMatchObject({
      state: 'snoozed',
      snoozedUntil: jst('2026-12-23'),
    })
    expect(list.upcoming.find((u) => u.id === snoozedId)).toMatchObject({
      dueAt: jst('2026-12-23'),
      snoozed: true,
    })
    list = await ok<ReminderList>('dismissReminder', { id: dismissedId })
    expect(list.history.find((h) => h.id === dismissedId)!.state).toBe('dismissed')
    await refused('dismissReminder', { id: dismissedId })
    await refused('snoozeReminder', { id: dismissedId, option: '1h' })
    expect(
      (await refused('snoozeReminder', { id: 'credentialExpiry:nope:2027-01-01:3', option: '1h' })).code,
    ).toBe('reminder_not_found')
    expect((await refused('snoozeReminder', { id: snoozedId, option: '2h' })).code).toBe('invalid_input')

    time.advanceTo(jst('2026-12-22', '12:00'))
    const mark = notifier.shown.length
    restart()
    expect(shownSince(mark)).toEqual([])
    list = await ok<ReminderList>('listReminders', {})
    expect(list.history.find((h) => h.id === snoozedId)!.state).toBe('snoozed')
    expect(list.history.find((h) => h.id === dismissedId)!.state).toBe('dismissed')

    // The snoozed one comes back once, tomorrow at 09:00, with Yahoo's last-day reminder.
    time.advanceTo(jst('2026-12-23', '12:00'))
    const back = shownSince(mark)
    expect(back.map((n) => [n.id, n.at])).toEqual(
      expect.arrayContaining([
        [snoozedId, new Date(jst('2026-12-23')).toISOString()],
        [cred('B', 0, '2026-12-23'), new Date(jst('2026-12-23')).toISOString()],
      ]),
    )
    expect(back).toHaveLength(2)
    list = await ok<ReminderList>('listReminders', {})
    expect(list.history.find((h) => h.id === snoozedId)!.state).toBe('active')
    expect(list.history[0]!.firedAt).toBe(jst('2026-12-23'))
  })

  it('keeps quiet at night: a reminder that comes at 23:00 waits for 07:00', async () => {
    time.advanceTo(jst('2026-12-26', '22:00'))
    const view = await ok<ReminderSettingsView>('getReminderSettings', {})
    expect(view.quietHours).toBeNull()
    expect(view.thresholdsByKind['rakuten.licenseKey']).toEqual([30, 14, 7, 3, 1, 0])
    expect(view.kindsInUse).toEqual(
      ['amazon.spApi', 'aupay.apiKey', 'rakuten.licenseKey', 'yahoo.authorization'].sort(),
    )
    const { pausedUntil: _p, recommended: _r, kindsInUse: _k, ...editable } = view
    await ok('saveReminderSettings', { ...editable, quietHours: { start: '22:00', end: '07:00' } })

    time.advanceTo(jst('2026-12-26', '23:00'))
    const mark = notifier.shown.length
    const qoo10 = await addShop('ひなた雑貨店', 'qoo10')
    await addCredential('F', qoo10, 'qoo10.sellerAuthKey', '2026-12-31')
    expect(shownSince(mark)).toEqual([])
    const risk = `closureRisk:${ids.F}:2026-12-31:${closureId}`
    const list = await ok<ReminderList>('listReminders', {})
    expect(
      list.upcoming
        .slice(0, 2)
        .map((u) => [u.id, u.dueAt])
        .sort(),
    ).toEqual(
      [
        [risk, jst('2026-12-27', '07:00')],
        [cred('F', 7, '2026-12-31'), jst('2026-12-27', '07:00')],
      ].sort(),
    )
    const morning = jst('2026-12-27', '07:00')
    expected.set(risk, morning)
    expected.set(cred('F', 7, '2026-12-31'), morning)
    for (const t of [60, 30, 14]) superseded.add(cred('F', t, '2026-12-31'))
    for (const t of [3, 1, 0]) expected.set(cred('F', t, '2026-12-31'), jst(addDays('2026-12-31', -t)))
    expected.set(`credentialExpired:${ids.F}:2026-12-31`, jst('2027-01-01'))

    time.advanceTo(jst('2026-12-27', '06:59'))
    expect(shownSince(mark)).toEqual([])
    time.advanceTo(jst('2026-12-27', '07:30'))
    expect(shownSince(mark).map((n) => n.at)).toEqual([
      new Date(morning).toISOString(),
      new Date(morning).toISOString(),
    ])
  })

  it('runs on to 2027-01-20 with one more restart: every reminder exactly once, on its day', () => {
    time.advanceTo(jst('2026-12-30', '15:00'))
    const mark = notifier.shown.length
    restart()
    expect(shownSince(mark)).toEqual([])
    time.advanceTo(END)

    const snoozedId = cred('C', 30, '2027-01-15')
    const counts = new Map<string, number>()
    const first = new Map<string, string>()
    for (const r of firedRows()) {
      counts.set(r.reminder_id, (counts.get(r.reminder_id) ?? 0) + 1)
      if (!first.has(r.reminder_id)) first.set(r.reminder_id, r.at)
    }
    // Exactly the expected reminders, each at its instant…
    expect(Object.fromEntries([...first].sort())).toEqual(Object.fromEntries([...expected].sort()))
    // …each once; the snoozed one twice (once, and once more after its snooze).
    for (const [id, n] of counts) expect([id, n]).toEqual([id, id === snoozedId ? 2 : 1])
    // Superseded ones were never shown.
    expect(
      log()
        .filter((r) => r.state === 'superseded')
        .map((r) => r.reminder_id)
        .sort(),
    ).toEqual([...superseded].sort())
    const notifiedIds = notifier.shown.map((n) => n.id).filter((id) => !id.startsWith('summary:'))
    for (const id of superseded) expect(notifiedIds).not.toContain(id)
    expect(notifiedIds.filter((id) => id === snoozedId)).toHaveLength(1) // the catch-up was in the summary
    expect(new Set(notifiedIds.filter((id) => id !== snoozedId)).size).toBe(
      notifiedIds.filter((id) => id !== snoozedId).length,
    )
    // Nothing about the inactive shop, nothing at night.
    expect(log().some((r) => r.reminder_id.includes(ids.E!))).toBe(false)
    for (const n of notifier.shown.filter((s) => s.at > new Date(jst('2026-12-26', '22:00')).toISOString())) {
      const hour = (new Date(n.at).getUTCHours() + 9) % 24
      expect(hour >= 7 && hour < 22, n.at).toBe(true)
    }
  })

  it('never asked for a timer longer than an hour, and woke about once an hour when idle', () => {
    expect(cores).toBeGreaterThan(3)
    expect(time.durations.length).toBeGreaterThan(24 * 45)
    expect(Math.max(...time.durations)).toBeLessThanOrEqual(HOUR)
    expect(Math.min(...time.durations)).toBeGreaterThanOrEqual(1000)
    // 2027-01-16 → 01-20: nothing due; the scheduler wakes once an hour and no more.
    const stats = core.scheduler.stats()
    expect(stats.longestTimerMs).toBeLessThanOrEqual(HOUR)
    expect(stats.nextWakeAt).not.toBeNull()
  })
})

describe('idle cost, clock jumps and wake-ups', () => {
  let d: ReturnType<typeof makeTempDir>
  let s: ReturnType<typeof testSecretStore>
  beforeAll(() => {
    d = makeTempDir()
    s = testSecretStore()
  })
  afterAll(async () => {
    await s.cleanup()
    d.remove()
  })

  it('wakes at most once an hour with nothing due (48 h → 48 wake-ups)', () => {
    const t = new SimTime(jst('2026-12-01', '00:00'))
    const c = createCore({ dataDir: d.path, secrets: s, clock: t, reminders: { timers: t } })
    try {
      t.advanceTo(jst('2026-12-03', '00:00'))
      const stats = c.scheduler.stats()
      expect(stats.wakeUps).toBe(48)
      expect(stats.plans).toBe(49) // the start, then one per wake-up
      expect(t.durations.every((ms) => ms === HOUR)).toBe(true)
    } finally {
      c.close()
    }
  })

  it('notices a clock jump (sleep) on the next wake-up and fires what came meanwhile', async () => {
    const t = new SimTime(jst('2026-12-10', '08:00'))
    const n = recordingNotifier(t)
    const c = createCore({ dataDir: d.path, secrets: s, clock: t, notifier: n, reminders: { timers: t } })
    try {
      const shop = (await c.dispatch('saveShop', {
        name: 'テスト店',
        mallId: 'amazon',
        active: true,
        deferredPaymentApps: [],
        notes: '',
      })) as { ok: true; value: Shop }
      await c.dispatch('saveCredential', {
        shopId: shop.value.id,
        kindId: 'amazon.spApi',
        label: '',
        issuedOn: null,
        expiresOn: '2027-03-31',
      })
      expect(c.scheduler.stats().nextWakeAt).toBe(new Date(jst('2026-12-10', '09:00')).toISOString())
      // The machine sleeps from 08:00 to 3/10 20:00: the timer fires late, the clock has moved on.
      t.jump(jst('2027-03-10', '20:00'))
      t.fireNext()
      expect(c.scheduler.stats().clockJumps).toBe(1)
      expect(c.scheduler.stats().lastReason).toBe('clock-jump')
      expect(n.shown.map((x) => x.title)).toEqual(['Amazon テスト店：SP-API の認可の期限まであと21日'])
      // The shell's replan after resume: nothing new, nothing twice.
      expect(c.scheduler.replan('resume')).toEqual([])
      expect(n.shown).toHaveLength(1)
    } finally {
      c.close()
    }
  })

  it('a core built without auto-start does nothing until asked', () => {
    const t = new SimTime(jst('2026-12-10', '08:00'))
    const c = createCore({
      dataDir: d.path,
      secrets: s,
      clock: t,
      reminders: { timers: t, autoStart: false },
    })
    try {
      expect(c.scheduler.isStarted).toBe(false)
      expect(t.pending).toBe(0)
      c.scheduler.replan('test')
      expect(t.pending).toBe(0) // planned, but no timer while stopped
      expect(c.scheduler.stats().plans).toBe(1)
      c.scheduler.start()
      expect(t.pending).toBe(1)
    } finally {
      c.close()
    }
  })
})

describe('reminder settings', () => {
  let d: ReturnType<typeof makeTempDir>
  let s: ReturnType<typeof testSecretStore>
  let c: Core
  beforeAll(() => {
    d = makeTempDir()
    s = testSecretStore()
    c = createCore({
      dataDir: d.path,
      secrets: s,
      clock: { now: () => new Date(jst('2026-12-10', '08:00')) },
    })
  })
  afterAll(async () => {
    c.close()
    await s.cleanup()
    d.remove()
  })

  const send = (input: unknown) => c.dispatch('saveReminderSettings', input)
  const current = async () => {
    const r = await c.dispatch('getReminderSettings', {})
    if (!r.ok) throw new Error('getReminderSettings')
    const { pausedUntil: _p, recommended: _r, kindsInUse: _k, ...editable } = r.value as ReminderSettingsView
    return editable
  }

  it('offers every kind of the mall profiles with its recommended thresholds', async () => {
    const r = (await c.dispatch('getReminderSettings', {})) as { ok: true; value: ReminderSettingsView }
    expect(r.value.thresholdsByKind['qoo10.sellerAuthKey']).toEqual([60, 30, 14, 7, 3, 1, 0])
    expect(r.value.thresholdsByKind['yahoo.authorization']).toEqual([14, 7, 3, 1, 0])
    expect(r.value.customThresholds).toEqual([30, 14, 7, 3, 1, 0])
    expect(r.value.notifyAt).toBe('09:00')
    expect(r.value.wizardLeadDays).toBe(7)
    expect(r.value.quietHours).toBeNull()
    expect(r.value.pausedUntil).toBeNull()
    expect(Object.keys(r.value.thresholdsByKind).some((k) => k.endsWith('.custom'))).toBe(false)
  })

  it('refuses bad values with a message that names the kind, and saves nothing', async () => {
    const base = await current()
    const cases: [unknown, RegExp][] = [
      [{ ...base, notifyAt: '25:00' }, /./],
      [{ ...base, thresholdsByKind: { 'rakuten.licenseKey': [400] } }, /./],
      [{ ...base, thresholdsByKind: { 'rakuten.licenseKey': [7, 7] } }, /./],
      [{ ...base, thresholdsByKind: { 'rakuten.licenseKey': [1.5] } }, /./],
      [{ ...base, thresholdsByKind: { 'rakuten.licenseKey': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] } }, /./],
      [{ ...base, thresholdsByKind: { 'nosuch.kind': [1] } }, /nosuch\.kind/],
      [{ ...base, quietHours: { start: '22:00', end: '22:00' } }, /同じ時刻/],
      [{ ...base, quietHours: { start: '08:00', end: '10:00' } }, /通知しない時間帯に入っています/],
      [{ ...base, wizardLeadDays: 0 }, /./],
      [{ ...base, extra: true }, /知らない項目/],
    ]
    for (const [input, message] of cases) {
      const r = await send(input)
      expect(r.ok, JSON.stringify(input)).toBe(false)
      if (!r.ok) expect(r.error.message.ja).toMatch(message)
    }
    expect(await current()).toEqual(base)
  })

  it('saves thresholds per kind, notify time, quiet hours and lead days, and they survive a restart', async () => {
    const base = await current()
    const r = await send({
      ...base,
      thresholdsByKind: { 'rakuten.licenseKey': [3, 21, 0] },
      customThresholds: [10, 2],
      notifyAt: '10:30',
      quietHours: { start: '21:00', end: '08:00' },
      wizardLeadDays: 10,
    })
    expect(r.ok).toBe(true)
    c.close()
    c = createCore({
      dataDir: d.path,
      secrets: s,
      clock: { now: () => new Date(jst('2026-12-10', '08:00')) },
    })
    const after = await current()
    expect(after.thresholdsByKind['rakuten.licenseKey']).toEqual([21, 3, 0])
    expect(after.thresholdsByKind['amazon.spApi']).toEqual([30, 14, 7, 3, 1, 0])
    expect(after.customThresholds).toEqual([10, 2])
    expect(after.notifyAt).toBe('10:30')
    expect(after.quietHours).toEqual({ start: '21:00', end: '08:00' })
    expect(after.wizardLeadDays).toBe(10)
    const planner = c.services.reminders.plannerSettings()
    expect(planner.thresholdsByKind['rakuten.licenseKey']).toEqual([21, 3, 0])
    expect(planner.defaultThresholds).toEqual([10, 2])
  })

  it('pauses for today until tomorrow at the notify time (here 10:30, Japan time), and resumes', async () => {
    const paused = (await c.dispatch('pauseRemindersToday', {})) as {
      ok: true
      value: { pausedUntil: string }
    }
    expect(paused.value.pausedUntil).toBe('2026-12-11T10:30:00+09:00')
    const list = (await c.dispatch('listReminders', {})) as { ok: true; value: ReminderList }
    expect(list.value.pausedUntil).toBe('2026-12-11T10:30:00+09:00')
    expect(c.services.reminders.plannerSettings().pausedUntil).toBe('2026-12-11T10:30:00+09:00')
    await c.dispatch('resumeReminders', {})
    expect(c.services.reminders.pausedUntil()).toBeNull()
  })
})
