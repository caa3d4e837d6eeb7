import { describe, expect, it } from 'vitest'
import { createBusinessCalendar } from '@shared/domain/calendar'
import { closureSummary } from '@shared/domain/closureSummary'
import { mailWindow } from '@shared/domain/mailWindow'
import type { CalendarSettings, Closure } from '@shared/domain/types'

const newYear: Closure = { id: 'ny', name: '年末年始', start: '2026-12-29', end: '2027-01-03' }
const longNewYear: Closure = { id: 'ny2', name: '年末年始', start: '2026-12-26', end: '2027-01-05' }
const yearEnd2027: Closure = { id: 'ye', name: '年末年始', start: '2027-12-30', end: '2028-01-04' }
const obon: Closure = { id: 'obon', name: 'お盆', start: '2026-08-12', end: '2026-08-16' }
const gw: Closure = { id: 'gw', name: 'GW', start: '2027-05-01', end: '2027-05-05' }

const settings: CalendarSettings = {
  weeklyOff: [0, 6],
  useHolidays: true,
  closures: [obon, newYear, gw, yearEnd2027],
  extraBusinessDays: [],
  extraNonBusinessDays: [],
  cutoffTime: '12:00',
  leadTimeDays: 1,
  followUpDays: 14,
}
const cal = createBusinessCalendar(settings)

describe('mail window', () => {
  it.each([
    // label, closure, resume date, missed confirmation and shipping-notice dates
    ['2026-12-29→2027-01-03', newYear, '2027-01-04', ['2026-12-28'], ['2026-12-28']], // Mon → Mon: day 7 counts as missed
    [
      '2026-12-26→2027-01-05', // Fri 12/25 → Wed 1/6
      longNewYear,
      '2027-01-06',
      ['2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30'],
      ['2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30'],
    ],
    ['2027-12-30→2028-01-04', yearEnd2027, '2028-01-05', ['2027-12-29'], ['2027-12-29']], // across the year boundary
    ['2026-08-12→2026-08-16', obon, '2026-08-17', ['2026-08-10'], ['2026-08-10']], // 8/11 山の日: Monday is the last day
    ['2027-05-01→2027-05-05', gw, '2027-05-06', [], []], // Fri 4/30 → Thu 5/6: six days, nothing missed
  ] as const)('closure %s', (_label, closure, resume, confirmation, shipping) => {
    const w = mailWindow(cal, closure)
    expect(w.resumeDate).toBe(resume)
    expect(w.windowDays).toBe(7)
    expect(w.confirmationMissed).toEqual(confirmation)
    expect(w.shippingNoticeMissed).toEqual(shipping)
  })

  it('takes a later resume date and a different window', () => {
    const late = mailWindow(cal, newYear, { resumeDate: '2027-01-05' })
    expect(late.confirmationMissed).toEqual(['2026-12-28', '2026-12-29'])
    expect(late.shippingNoticeMissed).toEqual(['2026-12-28', '2026-12-29'])

    const short = mailWindow(cal, newYear, { windowDays: 3 })
    // Orders up to 1/1 (3 days before 1/4); notices only up to the closure's last day.
    expect(short.confirmationMissed).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
    ])
    expect(short.shippingNoticeMissed).toEqual(short.confirmationMissed)

    const wide = mailWindow(cal, newYear, { windowDays: 10 })
    expect(wide.confirmationMissed).toEqual([])
  })

  it('tells the shop which orders need a free-form mail', () => {
    const [intro, confirmation, shipping] = mailWindow(cal, newYear).sentences
    expect(intro!.ja).toContain('7日')
    expect(intro!.ja).toContain('1/4')
    expect(confirmation).toEqual({
      ja: '12/28 の最終取込のあとに入った注文には、受注確認メールが自動で作られません。1/4 の取込のあと、フリーメールで連絡してください。',
      en:
        "Orders that came in on 12/28 after the day's last import get no automatic order confirmation mail. " +
        'After the import on 1/4, write to these customers with a free-form mail (フリーメール).',
    })
    expect(shipping!.ja).toContain('出荷確定日が 12/28 の注文')
    expect(shipping!.ja).toContain('フリーメール')
  })

  it('names a run of days as a range', () => {
    const sentences = mailWindow(cal, longNewYear).sentences
    expect(sentences[1]!.ja).toContain('12/25 の最終取込のあとから 12/30 までに入った注文')
    expect(sentences[1]!.en).toContain("from 12/25 (after the day's last import) through 12/30")
    expect(sentences[2]!.ja).toContain('12/25〜12/30')
    expect(sentences[2]!.en).toContain('12/25–12/30')
  })

  it('says plainly when nothing is missed', () => {
    const sentences = mailWindow(cal, gw).sentences
    expect(sentences).toHaveLength(3)
    expect(sentences[1]!.ja).toContain('自動で作られます')
    expect(sentences[2]!.ja).toContain('自動で作られます')
    for (const s of sentences) {
      expect(s.ja).not.toContain('フリーメール')
      expect(s.en).not.toContain('free-form')
    }
  })

  it('refuses a resume date or window that makes no sense', () => {
    expect(() => mailWindow(cal, newYear, { resumeDate: '2027-02-30' })).toThrow(RangeError)
    expect(() => mailWindow(cal, newYear, { windowDays: 0 })).toThrow(RangeError)
    expect(() => mailWindow(cal, newYear, { windowDays: 1.5 })).toThrow(RangeError)
  })
})

describe('closure summary', () => {
  it('counts the days to the closure, its length and its ship days, with the mail window', () => {
    expect(closureSummary(cal, newYear, '2026-12-20')).toEqual({
      closure: newYear,
      daysUntil: 9,
      underway: false,
      state: 'monthBefore',
      lengthDays: 6,
      lastShipDay: '2026-12-28',
      firstShipDay: '2027-01-04',
      mail: mailWindow(cal, newYear),
    })
  })

  it('says when the closure is under way', () => {
    expect(closureSummary(cal, newYear, '2026-12-29')).toMatchObject({ daysUntil: 0, underway: true })
    expect(closureSummary(cal, newYear, '2027-01-03')).toMatchObject({ daysUntil: -5, underway: true })
    expect(closureSummary(cal, newYear, '2026-12-28').underway).toBe(false)
    expect(closureSummary(cal, newYear, '2026-12-28').state).toBe('lastBusinessDay')
    expect(closureSummary(cal, newYear, '2027-01-04')).toMatchObject({ underway: false, state: 'reopening' })
  })
})
