import { describe, expect, it } from 'vitest'
import { createBusinessCalendar } from '@shared/domain/calendar'
import { exportNonBusinessDays } from '@shared/domain/calendarExport'
import type { CalendarSettings, Closure } from '@shared/domain/types'

const newYear: Closure = { id: 'ny', name: '年末年始', start: '2026-12-29', end: '2027-01-03' }
const obon: Closure = { id: 'obon', name: 'お盆', start: '2026-08-12', end: '2026-08-16' }

function settings(overrides: Partial<CalendarSettings> = {}): CalendarSettings {
  return {
    weeklyOff: [0, 6],
    useHolidays: true,
    closures: [newYear, obon],
    extraBusinessDays: [],
    extraNonBusinessDays: [],
    cutoffTime: '12:00',
    leadTimeDays: 1,
    followUpDays: 14,
    ...overrides,
  } as CalendarSettings
}

describe('non-business day export', () => {
  const result = exportNonBusinessDays(createBusinessCalendar(settings()), '2026-12-26', '2027-01-11')

  it('lists every closed day, one per line', () => {
    expect(result.list).toBe(
      '2026/12/26\n2026/12/27\n2026/12/29\n2026/12/30\n2026/12/31\n2027/01/01\n' +
        '2027/01/02\n2027/01/03\n2027/01/09\n2027/01/10\n2027/01/11\n',
    )
  })

  it('writes a CSV Excel opens as UTF-8, byte for byte', () => {
    expect(result.csv).toBe(
      '\uFEFF日付,曜日,理由\r\n' +
        '2026/12/26,土,定休日\r\n' +
        '2026/12/27,日,定休日\r\n' +
        '2026/12/29,火,年末年始\r\n' +
        '2026/12/30,水,年末年始\r\n' +
        '2026/12/31,木,年末年始\r\n' +
        '2027/01/01,金,年末年始 / 元日\r\n' +
        '2027/01/02,土,年末年始 / 定休日\r\n' +
        '2027/01/03,日,年末年始 / 定休日\r\n' +
        '2027/01/09,土,定休日\r\n' +
        '2027/01/10,日,定休日\r\n' +
        '2027/01/11,月,成人の日\r\n',
    )
    const bytes = new TextEncoder().encode(result.csv)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.length).toBe(365)
  })

  it('gives only the closures that touch the range, with their full dates', () => {
    expect(result.closures).toEqual([{ name: '年末年始', start: '2026/12/29', end: '2027/01/03' }])
    const cal = createBusinessCalendar(settings())
    expect(exportNonBusinessDays(cal, '2027-01-03', '2027-01-03').closures).toHaveLength(1)
    expect(exportNonBusinessDays(cal, '2026-08-01', '2027-12-31').closures.map((c) => c.name)).toEqual([
      'お盆',
      '年末年始',
    ])
    expect(exportNonBusinessDays(cal, '2027-01-04', '2027-01-08').closures).toEqual([])
  })

  it('leaves out extra business days and names extra days off', () => {
    const cal = createBusinessCalendar(
      settings({ extraBusinessDays: ['2026-12-26'], extraNonBusinessDays: ['2027-01-04'] }),
    )
    const r = exportNonBusinessDays(cal, '2026-12-26', '2027-01-04')
    expect(r.list.startsWith('2026/12/27\n')).toBe(true)
    expect(r.csv.endsWith('2027/01/04,月,臨時休業\r\n')).toBe(true)
  })

  it('quotes a closure name holding a comma or quotes (RFC 4180)', () => {
    const odd: Closure = { id: 'w', name: 'Winter, "big" break', start: '2027-02-01', end: '2027-02-01' }
    const cal = createBusinessCalendar(settings({ closures: [odd] }))
    const r = exportNonBusinessDays(cal, '2027-02-01', '2027-02-01')
    expect(r.csv).toBe('\uFEFF日付,曜日,理由\r\n2027/02/01,月,"Winter, ""big"" break"\r\n')
    expect(r.closures).toEqual([{ name: 'Winter, "big" break', start: '2027/02/01', end: '2027/02/01' }])
  })

  it('is just the header for a range without closed days', () => {
    const r = exportNonBusinessDays(createBusinessCalendar(settings()), '2027-01-04', '2027-01-08')
    expect(r.list).toBe('')
    expect(r.csv).toBe('\uFEFF日付,曜日,理由\r\n')
  })
})
