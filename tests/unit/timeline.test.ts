import { describe, expect, it } from 'vitest'
import { createBusinessCalendar } from '@shared/domain/calendar'
import { addDays, diffDays } from '@shared/domain/isoDate'
import { credentialKind } from '@shared/domain/malls'
import {
  buildActionPlan,
  closureLifecycle,
  credentialDeadline,
  reopeningChecklist,
  type ClosureState,
  type PlanCredential,
} from '@shared/domain/timeline'
import { defaultCalendarSettings, type Closure, type IsoDate } from '@shared/domain/types'

const yearEnd: Closure = { id: 'ye', name: '年末年始', start: '2026-12-29', end: '2027-01-03' }
const gw: Closure = { id: 'gw', name: 'GW', start: '2027-04-29', end: '2027-05-05' }

function calendarWith(closures: Closure[]) {
  return createBusinessCalendar({ ...defaultCalendarSettings, closures }, { today: '2026-11-01' })
}

function everyDay(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = []
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d)
  return out
}

/**
 * Expected states written out by hand from the calendar (weekends and holidays off):
 * 年末年始 2026-12-29 → 2027-01-03: month before from 11/29, week before from 12/22, last business
 * day Mon 12/28, reopening Mon 1/4, follow-up until 1/18.
 * GW 2027-04-29 → 05-05: 3/30, 4/22, last business day Wed 4/28, reopening Thu 5/6, until 5/20.
 */
function expectedYearEnd(day: IsoDate): ClosureState {
  if (day < '2026-11-29') return 'planning'
  if (day < '2026-12-22') return 'monthBefore'
  if (day < '2026-12-28') return 'weekBefore'
  if (day < '2026-12-29') return 'lastBusinessDay'
  if (day < '2027-01-04') return 'closed'
  if (day <= '2027-01-18') return 'reopening'
  return 'done'
}

function expectedGw(day: IsoDate): ClosureState {
  if (day < '2027-03-30') return 'planning'
  if (day < '2027-04-22') return 'monthBefore'
  if (day < '2027-04-28') return 'weekBefore'
  if (day < '2027-04-29') return 'lastBusinessDay'
  if (day < '2027-05-06') return 'closed'
  if (day <= '2027-05-20') return 'reopening'
  return 'done'
}

describe('closure lifecycle, every day', () => {
  it('年末年始 alone: 2026-11-01 → 2027-02-28', () => {
    const cal = calendarWith([yearEnd])
    for (const day of everyDay('2026-11-01', '2027-02-28')) {
      const lc = closureLifecycle([yearEnd], day, cal)
      expect(lc.current?.closure.id, day).toBe('ye')
      expect(lc.state, day).toBe(expectedYearEnd(day))
      expect(lc.current?.reopening).toBe('2027-01-04')
      expect(lc.current?.lastBusinessDay).toBe('2026-12-28')
      expect(lc.next, day).toBeNull()
      expect(lc.riskClosure?.closure.id ?? null, day).toBe(day <= '2027-01-03' ? 'ye' : null)
    }
  })

  it('年末年始 and GW 2027: the closure of the day, the next one beside it', () => {
    const closures = [gw, yearEnd] // any order
    const cal = calendarWith(closures)
    for (const day of everyDay('2026-11-01', '2027-06-30')) {
      const lc = closureLifecycle(closures, day, cal)
      const onYearEnd = day <= '2027-01-18'
      expect(lc.current?.closure.id, day).toBe(onYearEnd ? 'ye' : 'gw')
      expect(lc.state, day).toBe(onYearEnd ? expectedYearEnd(day) : expectedGw(day))
      expect(lc.next?.closure.id ?? null, day).toBe(onYearEnd ? 'gw' : null)
      expect(lc.riskClosure?.closure.id ?? null, day).toBe(
        day <= '2027-01-03' ? 'ye' : day <= '2027-05-05' ? 'gw' : null,
      )
    }
  })

  it('a closure that ended yesterday is current, never "no closure"', () => {
    const cal = calendarWith([yearEnd])
    const lc = closureLifecycle([yearEnd], '2027-01-04', cal)
    expect(lc.current?.closure).toEqual(yearEnd)
    expect(lc.state).toBe('reopening')
    expect(lc.daysSinceReopening).toBe(0)
  })

  it('a next closure takes over once its week before has come', () => {
    const a: Closure = { id: 'a', name: 'A', start: '2027-01-06', end: '2027-01-08' }
    const b: Closure = { id: 'b', name: 'B', start: '2027-01-20', end: '2027-01-22' }
    const cal = calendarWith([a, b])
    expect(closureLifecycle([a, b], '2027-01-12', cal).current?.closure.id).toBe('a')
    expect(closureLifecycle([a, b], '2027-01-13', cal).current?.closure.id).toBe('b')
    expect(closureLifecycle([a, b], '2027-01-13', cal).state).toBe('weekBefore')
  })

  it('no closure at all: no state', () => {
    const lc = closureLifecycle([], '2026-12-01', calendarWith([]))
    expect(lc.current).toBeNull()
    expect(lc.state).toBeNull()
  })

  it('the follow-up window is editable but never shorter than 14 days', () => {
    const cal = calendarWith([yearEnd])
    expect(closureLifecycle([yearEnd], '2027-01-25', cal, { followUpDays: 21 }).state).toBe('reopening')
    expect(closureLifecycle([yearEnd], '2027-01-26', cal, { followUpDays: 21 }).state).toBe('done')
    expect(closureLifecycle([yearEnd], '2027-01-18', cal, { followUpDays: 3 }).state).toBe('reopening')
  })
})

function cred(id: string, kindId: string, expiresOn: IsoDate, mallId: string): PlanCredential {
  const kind = credentialKind(kindId)!
  return {
    id,
    shopId: `shop-${mallId}`,
    shopName: '本店',
    mallId,
    mallName: { ja: mallId, en: mallId },
    kind,
    label: '',
    expiresOn,
    estimated: false,
  }
}

const rakuten = cred('r', 'rakuten.licenseKey', '2026-12-30', 'rakuten')
const yahoo = cred('y', 'yahoo.authorization', '2026-12-29', 'yahoo')
const amazon = cred('a', 'amazon.spApi', '2027-06-30', 'amazon')

/**
 * Do-by dates by hand. 楽天 (1 business day for the new key to start working) expires during the
 * closure: renew by the business day before the last one, Fri 12/25; once that has passed,
 * today (overdue). Yahoo! (no delay): by the last business day, Mon 12/28. Amazon: the business
 * day before its expiry, Tue 2027-06-29 (GW is far from 6/30).
 */
function expectedDoBy(c: PlanCredential, day: IsoDate): { doBy: IsoDate; overdue: boolean } {
  const planned = c === rakuten ? '2026-12-25' : c === yahoo ? '2026-12-28' : '2027-06-29'
  return day <= planned ? { doBy: planned, overdue: false } : { doBy: day, overdue: true }
}

describe('action plan, every day', () => {
  it('each credential has one do-by date per day, 2026-11-01 → 2027-02-28 and through GW', () => {
    const closures = [yearEnd, gw]
    const cal = calendarWith(closures)
    for (const day of everyDay('2026-11-01', '2027-05-31')) {
      const lifecycle = closureLifecycle(closures, day, cal)
      const plan = buildActionPlan({
        lifecycle,
        calendar: cal,
        credentials: [rakuten, yahoo, amazon],
        steps: [],
      })
      for (const c of [rakuten, yahoo, amazon]) {
        const action = plan.actions.find((a) => a.id === `credential:${c.id}`)!
        const want = expectedDoBy(c, day)
        expect(action.doBy, `${c.id} ${day}`).toBe(want.doBy)
        expect(action.urgency === 'overdue', `${c.id} ${day}`).toBe(want.overdue)
        expect(action.credential!.deadline.daysToDoBy).toBe(diffDays(want.doBy, day))
      }
    }
  })

  it('sorts by do-by date: 楽天 (12/25) before Yahoo! (12/28) although Yahoo! expires first', () => {
    const cal = calendarWith([yearEnd])
    const lifecycle = closureLifecycle([yearEnd], '2026-12-18', cal)
    const plan = buildActionPlan({
      lifecycle,
      calendar: cal,
      credentials: [amazon, yahoo, rakuten],
      steps: [],
    })
    expect(plan.actions.map((a) => a.id)).toEqual(['credential:r', 'credential:y', 'credential:a'])
    expect(plan.actions[2]!.state).toBe('done') // Amazon needs nothing yet
  })

  it('a credential that expired during the closure is overdue on reopening day and says so', () => {
    const cal = calendarWith([yearEnd])
    const lifecycle = closureLifecycle([yearEnd], '2027-01-04', cal)
    const plan = buildActionPlan({ lifecycle, calendar: cal, credentials: [yahoo, amazon], steps: [] })
    const y = plan.actions[0]!
    expect(y.id).toBe('credential:y')
    expect(y.urgency).toBe('overdue')
    expect(y.doBy).toBe('2027-01-04')
    expect(y.credential!.deadline.expiredDuring?.id).toBe('ye')
    expect(y.credential!.deadline.stoppedSince).toBe('2026-12-30')
    expect(y.title.ja).toContain('切れています')
    expect(y.why.ja).toContain('2026/12/30(水) から受注の取り込み')
    expect(reopeningChecklist(plan).expired.map((a) => a.id)).toEqual(['credential:y'])
  })

  it('steps: due by the end of their phase; preparation left open after the closure began is late, after the day’s checks', () => {
    const cal = calendarWith([yearEnd])
    const step = (key: string, phase: 'monthBefore' | 'weekBefore' | 'afterReopening') => ({
      key,
      stepId: key,
      phase,
      title: { ja: key, en: key },
      why: { ja: '', en: '' },
      subjectType: 'none' as const,
      subjectId: null,
      state: 'todo' as const,
      autoCheck: null,
      autoResult: null,
    })
    const steps = [step('m', 'monthBefore'), step('w', 'weekBefore'), step('r', 'afterReopening')]
    const before = buildActionPlan({
      lifecycle: closureLifecycle([yearEnd], '2026-12-01', cal),
      calendar: cal,
      credentials: [],
      steps,
    })
    expect(before.actions.map((a) => [a.id, a.doBy, a.late])).toEqual([
      ['step:m', '2026-12-21', false],
      ['step:w', '2026-12-28', false],
      ['step:r', '2027-01-04', false],
    ])
    const reopening = buildActionPlan({
      lifecycle: closureLifecycle([yearEnd], '2027-01-04', cal),
      calendar: cal,
      credentials: [],
      steps,
    })
    expect(reopening.actions.map((a) => [a.id, a.late, a.urgency])).toEqual([
      ['step:r', false, 'today'],
      ['step:m', true, 'overdue'],
      ['step:w', true, 'overdue'],
    ])
  })

  it('a ticked step the data contradicts stays contradicted', () => {
    const cal = calendarWith([yearEnd])
    const plan = buildActionPlan({
      lifecycle: closureLifecycle([yearEnd], '2026-12-22', cal),
      calendar: cal,
      credentials: [rakuten],
      steps: [
        {
          key: 'credential.renew:r',
          stepId: 'credential.renew',
          phase: 'weekBefore',
          title: { ja: '', en: '' },
          why: { ja: '', en: '' },
          subjectType: 'credential',
          subjectId: 'r',
          state: 'done',
          autoCheck: 'credentialValidPastReopening',
          autoResult: 'todo',
        },
      ],
    })
    expect(plan.actions[0]).toMatchObject({ id: 'credential:r', state: 'contradicted', doBy: '2026-12-25' })
  })

  it('credentialDeadline: days left count to the do-by day, not the expiry', () => {
    const cal = calendarWith([yearEnd])
    const d = credentialDeadline(
      '2026-12-30',
      rakuten.kind,
      closureLifecycle([yearEnd], '2026-12-18', cal),
      cal,
    )
    expect(d.doBy).toBe('2026-12-25')
    expect(d.daysToDoBy).toBe(7)
    expect(d.status.daysLeft).toBe(12)
  })
})
