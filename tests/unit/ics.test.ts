import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { createBusinessCalendar } from '@shared/domain/calendar'
import { eventsToIcs, planCalendarEvents } from '@shared/domain/ics'
import { credentialKind } from '@shared/domain/malls'
import { buildActionPlan, closureLifecycle, type PlanStep } from '@shared/domain/timeline'
import { defaultCalendarSettings, type Closure, type IsoDate } from '@shared/domain/types'

// The .ics is written with ical-generator and read back here with ical.js (Mozilla's parser),
// which shares no code with it: what a calendar app would import, event by event.
const yearEnd: Closure = { id: 'ye', name: '年末年始', start: '2026-12-29', end: '2027-01-03' }
const cal = createBusinessCalendar(
  { ...defaultCalendarSettings, closures: [yearEnd] },
  { today: '2026-12-01' },
)

const step = (key: string, phase: PlanStep['phase'], state: PlanStep['state'] = 'todo'): PlanStep => ({
  key,
  stepId: key,
  phase,
  title: { ja: `手順 ${key}`, en: `Step ${key}` },
  why: { ja: '理由', en: 'Why' },
  subjectType: 'none',
  subjectId: null,
  state,
  autoCheck: null,
  autoResult: null,
})

function planOn(today: IsoDate, expiresOn = '2027-01-10', doneKey?: string) {
  return buildActionPlan({
    lifecycle: closureLifecycle([yearEnd], today, cal),
    calendar: cal,
    credentials: [
      {
        id: 'cred-1',
        shopId: 'shop-1',
        shopName: '本店',
        mallId: 'rakuten',
        mallName: { ja: '楽天市場', en: 'Rakuten' },
        kind: credentialKind('rakuten.licenseKey')!,
        label: '',
        expiresOn,
        estimated: false,
      },
    ],
    steps: [
      step('mail.templates', 'weekBefore', doneKey === 'mail.templates' ? 'done' : 'todo'),
      step('reopen.freeMail', 'afterReopening'),
    ],
  })
}

interface Parsed {
  uid: string
  summary: string
  start: string
  end: string
  isDate: boolean
  triggers: number[]
  sequence: number
}

function parse(text: string): Parsed[] {
  const root = new ICAL.Component(ICAL.parse(text))
  return root.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v)
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.isDate ? e.startDate.toString() : e.startDate.toJSDate().toISOString(),
      end: e.endDate.isDate ? e.endDate.toString() : e.endDate.toJSDate().toISOString(),
      isDate: e.startDate.isDate,
      triggers: v.getAllSubcomponents('valarm').map((a) => {
        const trigger = a.getFirstProperty('trigger')!
        // Relative to the start, whatever the sign (RELATED=END would move it by a day).
        expect(trigger.getParameter('related') ?? 'START').toBe('START')
        return (trigger.getFirstValue() as ICAL.Duration).toSeconds()
      }),
      sequence: Number(v.getFirstPropertyValue('sequence')),
    }
  })
}

const NOW = new Date('2026-12-01T00:00:00Z')

describe('calendar file (.ics)', () => {
  it('parsed back by an independent parser, gives the same events, dates and alarms', () => {
    const plan = planOn('2026-12-01')
    const events = planCalendarEvents({ plan, calendar: cal, lang: 'ja' })
    const parsed = parse(eventsToIcs(events, { lang: 'ja', now: NOW }))
    expect(parsed).toHaveLength(events.length)
    for (const e of events) {
      const p = parsed.find((x) => x.uid === e.uid)!
      expect(p, e.uid).toBeDefined()
      expect(p.summary).toBe(e.title)
      expect(p.isDate).toBe(e.time === null)
      if (e.time === null) {
        expect(p.start).toBe(e.date)
        expect(p.end).toBe(e.endDate)
      }
      expect(p.triggers).toEqual(e.alarms.map((a) => -a.minutesBefore * 60))
    }
    const byKind = (uidStart: string) => parsed.find((p) => p.uid.startsWith(uidStart))!
    // The closure spans its days (DTEND is the day after the last one).
    expect(byKind('closure.ye')).toMatchObject({
      start: '2026-12-29',
      end: '2027-01-04',
      summary: '休業: 年末年始',
    })
    expect(byKind('phase.ye.monthBefore').start).toBe('2026-11-29')
    expect(byKind('phase.ye.weekBefore').start).toBe('2026-12-22')
    expect(byKind('lastBusinessDay.ye').start).toBe('2026-12-28')
    expect(byKind('reopening.ye').start).toBe('2027-01-04')
    // The cut-off is a Japan-time instant: 12:00 JST on Fri 25 Dec is 03:00 UTC.
    expect(byKind('orderDeadline.ye')).toMatchObject({ start: '2026-12-25T03:00:00.000Z', isDate: false })
    // Every action of the plan, on its do-by date, with 09:00 the day before and 09:00 on the day.
    for (const a of plan.actions) {
      const p = parsed.find((x) => x.uid.includes(a.id))!
      expect(p.start, a.id).toBe(a.doBy)
      expect(p.triggers).toEqual([-15 * 3600, 9 * 3600])
    }
  })

  it('the same in every time zone of the exporting machine', () => {
    const text = eventsToIcs(planCalendarEvents({ plan: planOn('2026-12-01'), calendar: cal, lang: 'en' }), {
      lang: 'en',
      now: NOW,
    })
    expect(text).toContain('DTSTART;VALUE=DATE:20261229')
    expect(text).toContain('DTSTART:20261225T030000Z')
    expect(text).not.toMatch(/TZID=/)
    expect(text).toContain('X-WR-TIMEZONE:Asia/Tokyo')
  })

  it('re-export keeps the UIDs and raises the sequence; a renewal moves the same event', () => {
    const first = parse(
      eventsToIcs(planCalendarEvents({ plan: planOn('2026-12-01'), calendar: cal, lang: 'ja' }), {
        lang: 'ja',
        now: NOW,
      }),
    )
    const later = parse(
      eventsToIcs(
        planCalendarEvents({
          plan: planOn('2026-12-10', '2027-04-10', 'mail.templates'),
          calendar: cal,
          lang: 'ja',
        }),
        { lang: 'ja', now: new Date('2026-12-10T00:00:00Z') },
      ),
    )
    expect(later.map((p) => p.uid).sort()).toEqual(first.map((p) => p.uid).sort())
    expect(later[0]!.sequence).toBeGreaterThan(first[0]!.sequence)
    const cred = (list: Parsed[]) => list.find((p) => p.uid.startsWith('action.credential:cred-1'))!
    expect(cred(later).start).not.toBe(cred(first).start)
    // A step done since: still in the file, marked, and silent.
    const mail = later.find((p) => p.uid.includes('step:mail.templates'))!
    expect(mail.summary.startsWith('【済】')).toBe(true)
    expect(mail.triggers).toEqual([])
  })

  it('folds long lines at 75 octets without breaking a Japanese character', () => {
    const text = eventsToIcs(planCalendarEvents({ plan: planOn('2026-12-01'), calendar: cal, lang: 'ja' }), {
      lang: 'ja',
      now: NOW,
    })
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(text).not.toContain('\uFFFD')
  })
})
