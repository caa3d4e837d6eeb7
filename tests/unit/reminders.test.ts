import { describe, expect, it } from 'vitest'
import { addDays } from '@shared/domain/isoDate'
import {
  condense,
  defaultReminderSettings,
  nextAllowedInstant,
  planReminders,
  snoozeUntil,
  type ClosureForReminders,
  type CredentialForReminders,
  type FiredEntry,
  type Plan,
  type Reminder,
  type ReminderSettings,
} from '@shared/domain/reminders'
import { toJapanInstant } from '@shared/domain/reminders/quietHours'

// The New Year closure of 2026/27: closed 12/29 (Tue) to 1/3 (Sun), last business day 12/28,
// reopening 1/4 (Mon). Safe only past reopening + 7 days = 1/11.
const newYear: ClosureForReminders = {
  closure: { id: 'ny', name: '年末年始', start: '2026-12-29', end: '2027-01-03' },
  lastBusinessDay: '2026-12-28',
  reopening: '2027-01-04',
}

function credential(id: string, expiresOn: string, kindId = 'rakuten.licenseKey'): CredentialForReminders {
  return {
    id,
    shopName: 'ひなた雑貨店',
    mallName: { ja: '楽天市場', en: 'Rakuten Ichiba' },
    kindId,
    kindName: { ja: 'ライセンスキー', en: 'license key' },
    label: '',
    expiresOn,
  }
}

const inside = credential('inside', '2027-01-01') // expires during the closure
const onReopening = credential('reopen', '2027-01-04') // expires on reopening day
const afterMargin = credential('after', '2027-01-15') // after reopening + margin: no closure risk
const far = credential('far', '2027-06-30')
const credentials = [inside, onReopening, afterMargin, far]

const settings = (overrides: Partial<ReminderSettings> = {}): ReminderSettings => ({
  ...defaultReminderSettings,
  ...overrides,
})

const HOUR = 3600_000
const ms = (iso: string): number => new Date(iso).getTime()
const jst = (iso: string): string => toJapanInstant(iso) as string

interface Fire {
  id: string
  at: string // Japan time of the plan that fired it
  reminder: Reminder
}

/**
 * What the scheduler in main does on each wake-up: plan, notify what is due and record it as
 * fired, record what was superseded. Also checks, at each step, that a restart (the same plan
 * again with the log just written) repeats nothing, and that nothing fired before the time the
 * previous plan announced as nextDueAt.
 */
function run(opts: {
  from: string
  to: string
  stepMs: number
  credentials: CredentialForReminders[]
  closures?: ClosureForReminders[]
  settings?: ReminderSettings
  fired?: FiredEntry[]
  onPlan?: (plan: Plan, now: string, fired: FiredEntry[]) => void
}): { fires: Fire[]; fired: FiredEntry[]; supersededIds: string[] } {
  const fired = opts.fired ?? []
  const fires: Fire[] = []
  const supersededIds: string[] = []
  let announced: string | null = null
  for (let t = ms(opts.from); t <= ms(opts.to); t += opts.stepMs) {
    // Half the steps pass UTC instants: the planner must read any offset.
    const now = t % (2 * opts.stepMs) === 0 ? new Date(t).toISOString() : jst(new Date(t).toISOString())
    const input = {
      now,
      credentials: opts.credentials,
      closures: opts.closures ?? [newYear],
      settings: opts.settings ?? settings(),
    }
    const plan = planReminders({ ...input, fired })
    if (plan.due.length > 0 && announced !== null) expect(announced <= jst(now)).toBe(true)
    for (const r of plan.superseded) {
      fired.push({ reminderId: r.id, firedAt: now, state: 'superseded', snoozedUntil: null })
      supersededIds.push(r.id)
    }
    for (const r of plan.due) {
      fired.push({ reminderId: r.id, firedAt: now, state: 'fired', snoozedUntil: null })
      fires.push({ id: r.id, at: jst(now), reminder: r })
    }
    opts.onPlan?.(plan, now, fired)
    const again = planReminders({ ...input, fired })
    expect(again.due).toEqual([])
    expect(again.superseded).toEqual([])
    announced = again.nextDueAt
  }
  return { fires, fired, supersededIds }
}

const at9 = (date: string): string => `${date}T09:00:00+09:00`

function countById(fires: Fire[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const f of fires) counts.set(f.id, (counts.get(f.id) ?? 0) + 1)
  return counts
}

describe('planReminders over 60 days, hour by hour', () => {
  let result: ReturnType<typeof run> | undefined
  const sixtyDays = () =>
    (result ??= run({
      from: '2026-11-20T00:00:00+09:00',
      to: '2027-01-20T23:00:00+09:00',
      stepMs: HOUR,
      credentials,
    }))

  it('fires every reminder exactly once, on its day at 09:00, and nothing else', () => {
    const { fires, supersededIds } = sixtyDays()
    const firedAt = new Map(fires.map((f) => [f.id, f.at]))
    const expected: Record<string, string> = {
      'closureRisk:inside:2027-01-01:ny': '2026-11-20T00:00:00+09:00',
      'closureRisk:reopen:2027-01-04:ny': '2026-11-20T00:00:00+09:00',
      'phaseMonthBefore:ny:2026-12-29': at9('2026-11-29'),
      'wizardStart:ny:2026-12-29': at9('2026-12-22'),
      'finalCheck:ny:2026-12-29': at9('2026-12-28'),
      'afterReopening:ny:2026-12-29': at9('2027-01-04'),
    }
    for (const c of [inside, onReopening, afterMargin]) {
      for (const t of [30, 14, 7, 3, 1, 0]) {
        expected[`credentialExpiry:${c.id}:${c.expiresOn}:${t}`] = at9(addDays(c.expiresOn, -t))
      }
      // Not renewed: on the first day without it, one "expired: import has stopped".
      expected[`credentialExpired:${c.id}:${c.expiresOn}`] = at9(addDays(c.expiresOn, 1))
    }
    expect(Object.fromEntries(firedAt)).toEqual(expected)
    expect([...countById(fires).values()].every((n) => n === 1)).toBe(true)
    expect(supersededIds).toEqual([])
  })

  it('words each reminder for a shop owner, in Japanese and English', () => {
    const { fires } = sixtyDays()
    const byId = new Map(fires.map((f) => [f.id, f.reminder]))
    const r14 = byId.get('credentialExpiry:inside:2027-01-01:14') as Reminder
    expect(r14.title.ja).toBe('楽天市場 ひなた雑貨店：ライセンスキーの期限まであと14日')
    expect(r14.body.ja).toBe('有効期限は 2027/01/01 です。休業(12/29〜1/3)に入る前に更新してください。')
    expect(r14.title.en).toBe('Rakuten Ichiba ひなた雑貨店: license key expires in 14 days')
    expect(r14.route).toBe('/shops?credential=inside')
    expect(r14.subject).toEqual({ type: 'credential', id: 'inside' })
    expect(r14.severity).toBe('warning')
    expect(r14.dueAt).toBe('2026-12-18T09:00:00+09:00')

    const r0 = byId.get('credentialExpiry:inside:2027-01-01:0') as Reminder
    expect(r0.title.ja).toContain('期限は今日までです')
    expect(r0.severity).toBe('critical')

    const risk = byId.get('closureRisk:inside:2027-01-01:ny') as Reminder
    expect(risk.title.ja).toBe('楽天市場 ひなた雑貨店：ライセンスキーは休業中(12/29〜1/3)に期限が切れます')
    expect(risk.severity).toBe('critical')
    expect(risk.dueAt).toBe('2026-11-20T00:00:00+09:00')
    const riskAfter = byId.get('closureRisk:reopen:2027-01-04:ny') as Reminder
    expect(riskAfter.title.ja).toContain('休業明けすぐ(1/4)に期限が切れます')

    const wizard = byId.get('wizardStart:ny:2026-12-29') as Reminder
    expect(wizard.title.ja).toBe('年末年始の休業準備を始めましょう')
    expect(wizard.body.ja).toContain('あと7日')
    expect(wizard.route).toBe('/prep?closure=ny&phase=weekBefore')
    expect(wizard.subject).toEqual({ type: 'closure', id: 'ny' })

    const final = byId.get('finalCheck:ny:2026-12-29') as Reminder
    expect(final.title.ja).toContain('最終営業日')
    expect(final.body.ja).toContain('1/11')
    expect(final.route).toBe('/prep?closure=ny&phase=lastBusinessDay')

    const after = byId.get('afterReopening:ny:2026-12-29') as Reminder
    expect(after.title.ja).toBe('営業再開日のチェック：後払いアプリ・未送信メール・モールのカレンダー')
    expect(after.route).toBe('/prep?closure=ny&phase=afterReopening')
  })
})

describe('catch-up after the app was closed', () => {
  it('after a 10-day gap, fires only the newest missed threshold of each subject', () => {
    const fired: FiredEntry[] = []
    const daily = (from: string, to: string) => run({ from, to, stepMs: 24 * HOUR, credentials, fired })
    const before = daily(at9('2026-11-20'), at9('2026-12-15'))
    let gapPlan: Plan | null = null
    const gap = run({
      from: at9('2026-12-26'),
      to: at9('2026-12-26'),
      stepMs: HOUR,
      credentials,
      fired,
      onPlan: (plan) => (gapPlan = plan),
    })
    const afterGap = daily(at9('2026-12-27'), at9('2027-01-20'))

    expect(gap.fires.map((f) => f.id).sort()).toEqual([
      'credentialExpiry:after:2027-01-15:30',
      'credentialExpiry:inside:2027-01-01:7',
      'credentialExpiry:reopen:2027-01-04:14',
      'wizardStart:ny:2026-12-29',
    ])
    expect(gap.supersededIds).toEqual(['credentialExpiry:inside:2027-01-01:14'])
    // Shown late, it counts the days that are really left.
    const late = gap.fires.find((f) => f.id === 'credentialExpiry:inside:2027-01-01:7') as Fire
    expect(late.reminder.title.ja).toContain('あと6日')

    const all = [...before.fires, ...gap.fires, ...afterGap.fires]
    expect([...countById(all).values()].every((n) => n === 1)).toBe(true)
    expect(all.some((f) => f.id === 'credentialExpiry:inside:2027-01-01:14')).toBe(false)

    const summary = condense((gapPlan as unknown as Plan).due, 'ja')
    expect(summary.title).toBe('4件のお知らせがあります')
    expect(summary.body.split('\n')).toHaveLength(4)
    expect(summary.body).toContain('ほか1件')
    expect(summary.route).toBe('/notifications')
  })

  it('supersedes unfired wizard phases once the final check is due', () => {
    const plan = planReminders({
      now: at9('2026-12-28'),
      credentials: [],
      closures: [newYear],
      settings: settings(),
      fired: [],
    })
    expect(plan.due.map((r) => r.id)).toEqual(['finalCheck:ny:2026-12-29'])
    expect(plan.superseded.map((r) => r.id).sort()).toEqual([
      'phaseMonthBefore:ny:2026-12-29',
      'wizardStart:ny:2026-12-29',
    ])
    expect(plan.upcoming.map((r) => r.id)).toEqual(['afterReopening:ny:2026-12-29'])
    expect(plan.nextDueAt).toBe(at9('2027-01-04'))
  })

  it('a credential added 5 days before expiry gets one reminder at once, with the true count', () => {
    const plan = planReminders({
      now: '2026-12-10T15:00:00+09:00',
      credentials: [credential('new', '2026-12-15')],
      closures: [],
      settings: settings(),
      fired: [],
    })
    expect(plan.due.map((r) => r.id)).toEqual(['credentialExpiry:new:2026-12-15:7'])
    expect(plan.due[0]?.title.ja).toContain('あと5日')
    expect(plan.superseded.map((r) => r.id)).toEqual([
      'credentialExpiry:new:2026-12-15:14',
      'credentialExpiry:new:2026-12-15:30',
    ])
    expect(plan.upcoming.map((r) => r.dueAt)).toEqual([
      at9('2026-12-12'),
      at9('2026-12-14'),
      at9('2026-12-15'),
      at9('2026-12-16'), // "expired", if it has not been renewed by then
    ])
  })

  it('a credential entered during the closure is still a risk, worded for the moment', () => {
    const plan = planReminders({
      now: '2026-12-30T11:00:00+09:00',
      credentials: [credential('late', '2027-01-02')],
      closures: [newYear],
      settings: settings(),
      fired: [],
    })
    const risk = plan.due.find((r) => r.kind === 'closureRisk') as Reminder
    expect(risk.title.ja).toContain('休業中(12/29〜1/3)に期限が切れます')
    expect(risk.body.ja).toContain('できるだけ早く更新してください')
    expect(risk.body.ja).not.toContain('最終営業日')
  })

  it('a credential found expired long after (PC off) gets one "expired" reminder; its old thresholds are not looked at', () => {
    const input = {
      now: at9('2027-01-12'),
      credentials: [inside, credential('old', '2027-01-10')],
      closures: [newYear],
      settings: settings(),
    }
    const plan = planReminders({ ...input, fired: [] })
    expect(plan.due.map((r) => r.id)).toEqual([
      'credentialExpired:inside:2027-01-01',
      'credentialExpired:old:2027-01-10',
    ])
    expect(plan.due[0]!.title.ja).toBe(
      '期限切れ：楽天市場 ひなた雑貨店：ライセンスキー（1/2から受注の取り込みが止まっています）',
    )
    // The closure is over for more than its grace week: no "during the closure" any more.
    expect(plan.due[0]!.body.ja).toContain('1/2 から受注の取り込みや在庫連携が止まっています')
    expect(plan).toMatchObject({ superseded: [], upcoming: [], nextDueAt: null })
    // Once fired, never again.
    const fired = plan.due.map((r) => ({
      reminderId: r.id,
      firedAt: input.now,
      state: 'fired' as const,
      snoozedUntil: null,
    }))
    expect(planReminders({ ...input, now: at9('2027-02-20'), fired }).due).toEqual([])
  })

  it('closures long over are ignored', () => {
    const plan = planReminders({
      now: at9('2027-01-12'),
      credentials: [],
      closures: [newYear],
      settings: settings(),
      fired: [],
    })
    expect(plan).toEqual({ due: [], superseded: [], upcoming: [], nextDueAt: null })
  })

  it('tells once about a credential that expired yesterday', () => {
    const plan = planReminders({
      now: at9('2027-01-11'),
      credentials: [credential('old', '2027-01-10')],
      closures: [],
      settings: settings(),
      fired: [],
    })
    expect(plan.due.map((r) => r.id)).toEqual(['credentialExpired:old:2027-01-10'])
    expect(plan.due[0]?.title.ja).toContain('期限切れ')
    // Every threshold not shown ("expires today" among them) is superseded, never fired late.
    expect(plan.superseded).toHaveLength(6)
  })
})

describe('snooze and dismiss', () => {
  const id30 = 'credentialExpiry:inside:2027-01-01:30'

  /** Runs 12/02 08:00 → 12/07 every 15 minutes; the owner acts on `id` when it first fires. */
  function act(option: '1h' | 'tomorrow' | '3d' | 'dismiss', id = id30, from = '2026-12-02T08:00:00+09:00') {
    const nextDue: string[] = []
    let acted = false
    const result = run({
      from,
      to: addDays(from.slice(0, 10), 5) + 'T23:45:00+09:00',
      stepMs: HOUR / 4,
      credentials: [inside],
      fired: [],
      onPlan: (plan, now, fired) => {
        if (!acted && plan.due.some((r) => r.id === id)) {
          acted = true
          fired.push(
            option === 'dismiss'
              ? { reminderId: id, firedAt: now, state: 'dismissed', snoozedUntil: null }
              : {
                  reminderId: id,
                  firedAt: now,
                  state: 'snoozed',
                  snoozedUntil: snoozeUntil(option, now, settings()),
                },
          )
          nextDue.push(
            planReminders({ now, credentials: [inside], closures: [newYear], settings: settings(), fired })
              .nextDueAt as string,
          )
        }
      },
    })
    return { ...result, times: result.fires.filter((f) => f.id === id).map((f) => f.at), nextDue }
  }

  it('1h: fires again once, an hour later', () => {
    const { times, nextDue, fires } = act('1h')
    expect(times).toEqual([at9('2026-12-02'), '2026-12-02T10:00:00+09:00'])
    expect(nextDue).toEqual(['2026-12-02T10:00:00+09:00'])
    expect(fires.find((f) => f.at === '2026-12-02T10:00:00+09:00')?.reminder.dueAt).toBe(
      '2026-12-02T10:00:00+09:00',
    )
  })

  it('tomorrow: fires again once, the next day at notifyAt', () => {
    expect(act('tomorrow').times).toEqual([at9('2026-12-02'), at9('2026-12-03')])
  })

  it('3d: fires again once, three days later at notifyAt', () => {
    expect(act('3d').times).toEqual([at9('2026-12-02'), at9('2026-12-05')])
  })

  it('dismiss: never again, whatever the log says later', () => {
    expect(act('dismiss').times).toEqual([at9('2026-12-02')])
    const plan = planReminders({
      now: '2026-12-02T12:00:00+09:00',
      credentials: [inside],
      closures: [],
      settings: settings(),
      fired: [
        { reminderId: id30, firedAt: at9('2026-12-02'), state: 'dismissed', snoozedUntil: null },
        {
          reminderId: id30,
          firedAt: '2026-12-02T10:00:00+09:00',
          state: 'snoozed',
          snoozedUntil: '2026-12-02T11:00:00+09:00',
        },
      ],
    })
    expect(plan.due).toEqual([])
    expect(plan.upcoming.some((r) => r.id === id30)).toBe(false)
  })

  it('a snooze overtaken by a newer threshold is superseded, not fired again', () => {
    const id3 = 'credentialExpiry:inside:2027-01-01:3'
    const { times, fires, supersededIds } = act('3d', id3, '2026-12-29T08:00:00+09:00')
    expect(times).toEqual([at9('2026-12-29')])
    expect(supersededIds.filter((id) => id === id3)).toEqual([id3])
    expect(fires.map((f) => f.id)).toContain('credentialExpiry:inside:2027-01-01:1')
  })
})

describe('quiet hours and pause', () => {
  const quiet = settings({ notifyAt: '06:30', quietHours: { start: '22:00', end: '07:00' } })

  it('a reminder planned for 06:30 inside quiet hours 22:00–07:00 fires at 07:00', () => {
    const { fires } = run({
      from: '2026-12-01T20:00:00+09:00',
      to: '2026-12-02T12:00:00+09:00',
      stepMs: HOUR / 2,
      credentials: [inside],
      closures: [],
      settings: quiet,
      onPlan: (plan, now) => {
        if (jst(now) === '2026-12-02T06:30:00+09:00') {
          expect(plan.due).toEqual([])
          expect(plan.nextDueAt).toBe('2026-12-02T07:00:00+09:00')
          expect(plan.upcoming[0]?.dueAt).toBe('2026-12-02T07:00:00+09:00')
        }
      },
    })
    expect(fires.map((f) => [f.id, f.at])).toEqual([
      ['credentialExpiry:inside:2027-01-01:30', '2026-12-02T07:00:00+09:00'],
    ])
  })

  it('a closure risk found at night waits for the morning', () => {
    const plan = planReminders({
      now: '2026-11-20T23:10:00+09:00',
      credentials: [inside],
      closures: [newYear],
      settings: quiet,
      fired: [],
    })
    expect(plan.due).toEqual([])
    expect(plan.upcoming[0]?.id).toBe('closureRisk:inside:2027-01-01:ny')
    expect(plan.nextDueAt).toBe('2026-11-21T07:00:00+09:00')
  })

  it('snoozes never end inside quiet hours', () => {
    expect(snoozeUntil('1h', '2026-12-02T21:30:00+09:00', quiet)).toBe('2026-12-03T07:00:00+09:00')
    expect(snoozeUntil('1h', '2026-12-02T12:00:20+09:00', quiet)).toBe('2026-12-02T13:01:00+09:00')
    expect(snoozeUntil('tomorrow', '2026-12-02T23:59:00+09:00', quiet)).toBe('2026-12-03T07:00:00+09:00')
    expect(snoozeUntil('3d', '2026-12-02T12:00:00Z', settings())).toBe('2026-12-05T09:00:00+09:00')
    // 2026-12-02T15:30Z is already 12/03 00:30 in Japan: tomorrow is 12/04.
    expect(snoozeUntil('tomorrow', '2026-12-02T15:30:00Z', settings())).toBe('2026-12-04T09:00:00+09:00')
  })

  it('nextAllowedInstant moves instants out of quiet hours, in Japan time', () => {
    const q = { start: '22:00', end: '07:00' }
    expect(nextAllowedInstant('2026-12-02T23:15:00+09:00', q)).toBe('2026-12-03T07:00:00+09:00')
    expect(nextAllowedInstant('2026-12-02T14:00:00Z', q)).toBe('2026-12-03T07:00:00+09:00')
    expect(nextAllowedInstant('2026-12-03T06:59:59+09:00', q)).toBe('2026-12-03T07:00:00+09:00')
    expect(nextAllowedInstant('2026-12-03T07:00:00+09:00', q)).toBe('2026-12-03T07:00:00+09:00')
    expect(nextAllowedInstant('2026-12-03T03:00:00Z', q)).toBe('2026-12-03T12:00:00+09:00')
    expect(nextAllowedInstant('2026-12-03T12:30:00+09:00', { start: '12:00', end: '13:00' })).toBe(
      '2026-12-03T13:00:00+09:00',
    )
    expect(nextAllowedInstant('2026-12-03T12:30:00+09:00', null)).toBe('2026-12-03T12:30:00+09:00')
    expect(() => nextAllowedInstant('tomorrow', q)).toThrow(RangeError)
  })

  it('nothing fires before pausedUntil, and nextDueAt waits for it', () => {
    const paused = settings({ pausedUntil: '2026-12-02T15:00:00Z' }) // 12/03 00:00 in Japan
    const during = planReminders({
      now: at9('2026-12-02'),
      credentials: [inside],
      closures: [],
      settings: paused,
      fired: [],
    })
    expect(during.due).toEqual([])
    expect(during.nextDueAt).toBe('2026-12-03T00:00:00+09:00')
    const after = planReminders({
      now: '2026-12-03T00:00:00+09:00',
      credentials: [inside],
      closures: [],
      settings: paused,
      fired: [],
    })
    expect(after.due.map((r) => r.id)).toEqual(['credentialExpiry:inside:2027-01-01:30'])
  })

  it('a pause that ends inside quiet hours lasts until they end', () => {
    const plan = planReminders({
      now: at9('2026-12-02'),
      credentials: [inside],
      closures: [],
      settings: { ...quiet, pausedUntil: '2026-12-03T00:00:00+09:00' },
      fired: [],
    })
    expect(plan.nextDueAt).toBe('2026-12-03T07:00:00+09:00')
  })
})

describe('renewal and settings', () => {
  it('a renewed credential (new expiresOn) gets fresh reminders, and its old ones stop', () => {
    const fired: FiredEntry[] = []
    const before = run({
      from: at9('2026-11-20'),
      to: at9('2026-12-20'),
      stepMs: 24 * HOUR,
      credentials: [inside],
      fired,
    })
    expect(before.fires.map((f) => f.id)).toEqual([
      'closureRisk:inside:2027-01-01:ny',
      'phaseMonthBefore:ny:2026-12-29',
      'credentialExpiry:inside:2027-01-01:30',
      'credentialExpiry:inside:2027-01-01:14',
    ])
    const renewed = { ...inside, expiresOn: '2027-03-31' }
    const after = run({
      from: '2026-12-20T10:00:00+09:00',
      to: '2027-04-02T10:00:00+09:00',
      stepMs: 24 * HOUR,
      credentials: [renewed],
      fired,
    })
    expect(after.fires.map((f) => [f.id, f.at.slice(0, 10)])).toEqual([
      ['wizardStart:ny:2026-12-29', '2026-12-22'],
      ['finalCheck:ny:2026-12-29', '2026-12-28'],
      ['afterReopening:ny:2026-12-29', '2027-01-04'],
      ['credentialExpiry:inside:2027-03-31:30', '2027-03-01'],
      ['credentialExpiry:inside:2027-03-31:14', '2027-03-17'],
      ['credentialExpiry:inside:2027-03-31:7', '2027-03-24'],
      ['credentialExpiry:inside:2027-03-31:3', '2027-03-28'],
      ['credentialExpiry:inside:2027-03-31:1', '2027-03-30'],
      ['credentialExpiry:inside:2027-03-31:0', '2027-03-31'],
      ['credentialExpired:inside:2027-03-31', '2027-04-01'],
    ])
  })

  it('uses the thresholds of the credential kind, and the default for other kinds', () => {
    const plan = planReminders({
      now: at9('2026-11-01'),
      credentials: [credential('y', '2026-12-01', 'yahoo.authorization'), credential('r', '2026-12-01')],
      closures: [],
      settings: settings({ thresholdsByKind: { 'yahoo.authorization': [7, 2, 2, -1, 1.5] } }),
      fired: [],
    })
    const ids = plan.upcoming.map((r) => r.id)
    expect(ids.filter((id) => id.includes(':y:'))).toEqual([
      'credentialExpiry:y:2026-12-01:7',
      'credentialExpiry:y:2026-12-01:2',
      'credentialExpired:y:2026-12-01',
    ])
    expect(ids.filter((id) => id.includes(':r:'))).toHaveLength(6) // 30 is due today; + expired
    expect(plan.due.map((r) => r.id)).toEqual(['credentialExpiry:r:2026-12-01:30'])
  })

  it('plans the same whatever offset now is written in', () => {
    const input = { credentials, closures: [newYear], settings: settings(), fired: [] }
    const a = planReminders({ ...input, now: '2026-12-18T09:00:00+09:00' })
    const b = planReminders({ ...input, now: '2026-12-18T00:00:00.000Z' })
    const c = planReminders({ ...input, now: '2026-12-17T19:00:00-05:00' })
    expect(b).toEqual(a)
    expect(c).toEqual(a)
    expect(a.due.map((r) => r.id)).toContain('credentialExpiry:inside:2027-01-01:14')
  })

  it('rejects a now that is no instant', () => {
    for (const now of ['soon', '2026-13-01T09:00:00+09:00', '2026-02-30T09:00:00+09:00']) {
      expect(() =>
        planReminders({ now, credentials: [], closures: [], settings: settings(), fired: [] }),
      ).toThrow(RangeError)
    }
  })

  it('announces nextDueAt even when no upcoming reminder is asked for', () => {
    const plan = planReminders({
      now: at9('2026-11-20'),
      credentials,
      closures: [newYear],
      settings: settings(),
      fired: [],
      upcomingLimit: 0,
    })
    expect(plan.upcoming).toEqual([])
    expect(plan.nextDueAt).toBe(at9('2026-11-29'))
  })
})

describe('condense', () => {
  const plan = planReminders({
    now: at9('2026-12-26'),
    credentials,
    closures: [newYear],
    settings: settings(),
    fired: [],
  })

  it('passes a single reminder through', () => {
    const one = plan.due.slice(0, 1)
    expect(condense(one, 'en')).toEqual({
      title: one[0]?.title.en,
      body: one[0]?.body.en,
      route: one[0]?.route,
    })
  })

  it('sums many up, most urgent first', () => {
    const summary = condense(plan.due, 'en', 2)
    expect(summary.title).toBe(`${plan.due.length} reminders`)
    const lines = summary.body.split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[2]).toBe(`and ${plan.due.length - 2} more`)
    // The two closure-risk notices are critical and come first.
    expect(lines[0]).toContain('expires during the closure')
  })

  it('opens the shops screen when all are about credentials', () => {
    const credentialsOnly = plan.due.filter((r) => r.subject.type === 'credential')
    expect(condense(credentialsOnly, 'ja').route).toBe('/shops')
  })
})

describe('scale', () => {
  it('plans 10,000 credentials with a log of 50,000 rows', () => {
    const many: CredentialForReminders[] = []
    for (let i = 0; i < 10_000; i++) many.push(credential(`c${i}`, addDays('2026-11-19', (i * 37) % 400)))
    const fired: FiredEntry[] = []
    for (let k = 0; fired.length < 50_000; k++) {
      for (const c of many) {
        for (const t of [30, 14, 7, 3, 1, 0]) {
          const expiresOn = addDays(c.expiresOn, -90 * k)
          if (addDays(expiresOn, -t) < '2026-11-20') {
            fired.push({
              reminderId: `credentialExpiry:${c.id}:${expiresOn}:${t}`,
              firedAt: at9(addDays(expiresOn, -t)),
              state: 'fired',
              snoozedUntil: null,
            })
          }
        }
      }
    }
    const input = {
      now: '2026-11-20T10:00:00+09:00',
      credentials: many,
      closures: [newYear],
      settings: settings(),
      fired: fired.slice(0, 50_000),
    }
    const plan = planReminders(input)
    expect(plan.upcoming).toHaveLength(500)
    expect(plan.nextDueAt).toBe(at9('2026-11-21'))
    expect(plan.due.length).toBeGreaterThan(0)
    expect(plan.upcoming.every((r, i, all) => i === 0 || (all[i - 1] as Reminder).dueAt <= r.dueAt)).toBe(
      true,
    )
    const everything = planReminders({ ...input, upcomingLimit: Infinity })
    expect(everything.upcoming.length).toBeGreaterThan(40_000)
    expect(everything.upcoming.slice(0, 500)).toEqual(plan.upcoming)
  })
})
