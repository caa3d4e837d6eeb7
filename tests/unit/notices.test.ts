import { describe, expect, it } from 'vitest'
import { createBusinessCalendar } from '@shared/domain/calendar'
import {
  noticeDates,
  noticeLength,
  noticeTemplates,
  noticeValues,
  renderNotice,
  unknownPlaceholders,
  type NoticeDateOptions,
} from '@shared/domain/notices'
import { defaultCalendarSettings, type CalendarSettings, type Closure } from '@shared/domain/types'

const yearEnd: Closure = { id: 'ye', name: '年末年始', start: '2026-12-29', end: '2027-01-03' }
const gw: Closure = { id: 'gw', name: 'GW', start: '2027-05-01', end: '2027-05-05' }

function datesFor(
  closure: Closure,
  settings: Partial<CalendarSettings> = {},
  options: NoticeDateOptions = {},
) {
  const cal = createBusinessCalendar({ ...defaultCalendarSettings, ...settings, closures: [closure] })
  return noticeDates(cal, closure, options)
}

/** Every template in both languages, as the shop would paste it. */
function renderAll(
  closure: Closure,
  settings: Partial<CalendarSettings> = {},
  options: NoticeDateOptions = {},
) {
  const d = datesFor(closure, settings, options)
  const out: Record<string, string> = {}
  for (const t of noticeTemplates) {
    for (const lang of ['ja', 'en'] as const) {
      out[`${t.id}.${lang}`] = renderNotice(t.body[lang], noticeValues(d, lang, { shopName: '山田商店' }))
    }
  }
  return out
}

describe('notice dates', () => {
  it('年末年始 2026: last ship day, the 12:00 cut-off on the Friday, reopening and closure orders', () => {
    const d = datesFor(yearEnd)
    expect(d.lastShipDay).toBe('2026-12-28')
    expect(d.orderDeadline).toEqual({ date: '2026-12-25', time: '12:00' })
    expect(d.reopening).toBe('2027-01-04')
    // Processed on the reopening day, shipped one business day later.
    expect(d.closureOrdersShip).toBe('2027-01-05')
  })

  it('GW 2027: 昭和の日 on Thursday moves the cut-off to Wednesday', () => {
    const d = datesFor(gw)
    expect(d.lastShipDay).toBe('2027-04-30')
    expect(d.orderDeadline).toEqual({ date: '2027-04-28', time: '12:00' })
    expect(d.reopening).toBe('2027-05-06')
  })

  it('without a cut-off, the deadline is the last day whose evening orders still ship', () => {
    expect(datesFor(yearEnd, {}, { showCutoff: false }).orderDeadline).toEqual({
      date: '2026-12-24',
      time: null,
    })
    // A cut-off of 00:00 means no same-day processing at all: it is spoken of in whole days too.
    expect(datesFor(yearEnd, { cutoffTime: '00:00' }).orderDeadline.time).toBeNull()
  })

  it('a shop open every day ships on the Sunday before and reopens the day after the closure', () => {
    const d = datesFor(yearEnd, { weeklyOff: [], useHolidays: false })
    expect(d.lastShipDay).toBe('2026-12-28')
    expect(d.orderDeadline).toEqual({ date: '2026-12-27', time: '12:00' })
    expect(d.reopening).toBe('2027-01-04')
  })

  it('lead time 0 ships the same day: the deadline is the last ship day itself', () => {
    expect(datesFor(yearEnd, { leadTimeDays: 0 }).orderDeadline).toEqual({
      date: '2026-12-28',
      time: '12:00',
    })
  })

  it('the order-day table gives the ship date before and after the cut-off', () => {
    const d = datesFor(yearEnd)
    expect(d.orderDays.find((o) => o.date === '2026-12-25')).toEqual({
      date: '2026-12-25',
      beforeCutoff: '2026-12-28',
      afterCutoff: '2027-01-04',
    })
    expect(d.orderDays.find((o) => o.date === '2027-01-02')).toEqual({
      date: '2027-01-02',
      beforeCutoff: '2027-01-05',
      afterCutoff: '2027-01-05',
    })
  })
})

describe('notice texts', () => {
  it('年末年始, both languages', () => {
    const all = renderAll(yearEnd)
    expect(all['shopNotice.ja']).toContain(
      '12月25日(金)12:00までにいただいたご注文は、12月28日(月)までに発送いたします。',
    )
    expect(all['shopNotice.ja']).toContain('休業期間:2026年12月29日(火)〜2027年1月3日(日)')
    expect(all['shopNotice.en']).toContain(
      'Orders placed by 12:00 (Japan time) on Fri 25 Dec ship by Mon 28 Dec.',
    )
    expect(all['banner.ja']).toBe(
      '【年末年始休業】12月29日(火)〜1月3日(日)は休業いたします。12月25日(金)12:00までのご注文は12月28日(月)までに発送します。',
    )
    expect(all).toMatchSnapshot()
  })

  it('GW, both languages', () => {
    const all = renderAll(gw)
    expect(all['banner.ja']).toContain('【GW休業】5月1日(土)〜5月5日(水)')
    expect(all['autoReply.ja']).toContain('5月6日(木)から順にお返事いたします。')
    expect(all).toMatchSnapshot()
  })

  it('a closure without a cut-off speaks in whole days', () => {
    const all = renderAll(yearEnd, {}, { showCutoff: false })
    expect(all['shopNotice.ja']).toContain('12月24日(木)までにいただいたご注文は')
    expect(all['shopNotice.ja']).not.toContain('12:00')
    expect(all['shopNotice.en']).toContain('Orders placed by the end of Thu 24 Dec ship by Mon 28 Dec.')
    expect({ ja: all['shopNotice.ja'], en: all['shopNotice.en'] }).toMatchSnapshot()
  })

  it('a shop without weekly days off lists only the holidays, or drops the line', () => {
    expect(renderAll(yearEnd, { weeklyOff: [] })['shopNotice.ja']).toContain('※ 通常の定休日:祝日')
    const none = renderAll(yearEnd, { weeklyOff: [], useHolidays: false })
    expect(none['shopNotice.ja']).not.toContain('定休日')
    expect(none['shopNotice.en']).not.toContain('days off')
    expect({ ja: none['shopNotice.ja'], en: none['shopNotice.en'] }).toMatchSnapshot()
    expect(renderAll(yearEnd, { weeklyOff: [3, 0] })['shopNotice.en']).toContain(
      'Our usual days off: Wednesdays, Sundays and public holidays',
    )
  })

  it('the mail addendum gives the ship date of the order day, both when the cut-off splits it', () => {
    const d = datesFor(yearEnd)
    const body = noticeTemplates.find((t) => t.id === 'mailAddendum')!.body
    const on = (date: string, lang: 'ja' | 'en') =>
      renderNotice(body[lang], noticeValues(d, lang, { orderDate: date }))
    expect(on('2026-12-25', 'ja')).toContain(
      '12月25日(金)にいただいたご注文は、12月28日(月)(12:00以降のご注文は1月4日(月))に発送の予定です。',
    )
    expect(on('2026-12-30', 'ja')).toContain('12月30日(水)にいただいたご注文は、1月5日(火)に発送の予定です。')
    expect(on('2026-12-25', 'en')).toContain(
      'An order placed on Fri 25 Dec is planned to ship on Mon 28 Dec (orders after 12:00: Mon 4 Jan).',
    )
  })

  it('an empty shop name reads 当店 / our shop; unknown placeholders are kept and listed', () => {
    const d = datesFor(yearEnd)
    expect(renderNotice('いつも{shopName}を', noticeValues(d, 'ja'))).toBe('いつも当店を')
    expect(renderNotice('with {shopName}.', noticeValues(d, 'en'))).toBe('with our shop.')
    expect(renderNotice('{shopname} {reopening}', noticeValues(d, 'ja'))).toBe('{shopname} 1月4日(月)')
    expect(unknownPlaceholders('{shopname} {reopening} {x}')).toEqual(['shopname', 'x'])
  })

  it('a closure named with 休 is not doubled in the heading', () => {
    const d = datesFor({ ...yearEnd, name: '夏季休業' })
    expect(renderNotice('【{closureTitle}】', noticeValues(d, 'ja'))).toBe('【夏季休業】')
  })

  it('counts characters as a person does', () => {
    expect(noticeLength('休業🎍\r\nab')).toBe(6)
  })
})
