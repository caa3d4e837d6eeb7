import { describe, expect, it } from 'vitest'
import {
  formatDate,
  monthDay,
  monthDayRange,
  monthName,
  weekdayName,
  weekdayOfDate,
  type DateStyle,
} from '@shared/domain/dateFormat'

// 2026-12-29 is a Tuesday, 2027-01-04 a Monday: in every zone of the unit projects.
describe('formatDate', () => {
  const cases: [DateStyle, string, string][] = [
    ['monthDay', '12/29', '1/4'],
    ['short', '12/29(火)', 'Mon 1/4'],
    ['full', '2026/12/29(火)', 'Mon 2027/01/04'],
    ['shortSpaced', '12/29 (火)', '1/4 (Mon)'],
    ['fullSpaced', '2026/12/29 (火)', '2027/01/04 (Mon)'],
    ['dayHeading', '12月29日(火)', 'Mon, 1/4'],
    ['long', '12月29日(火)', 'Mon 4 Jan'],
    ['longYear', '2026年12月29日(火)', 'Mon 4 Jan 2027'],
  ]
  it.each(cases)('%s: ja and en', (style, jaText, enText) => {
    expect(formatDate('2026-12-29', 'ja', style)).toBe(jaText)
    expect(formatDate('2027-01-04', 'en', style)).toBe(enText)
  })

  it('reads any other language tag as Japanese and leaves no-dates as they came', () => {
    expect(formatDate('2026-12-29', 'ja-JP', 'short')).toBe('12/29(火)')
    expect(formatDate('2027-02-29', 'en', 'full')).toBe('2027-02-29')
    expect(formatDate('', 'ja', 'short')).toBe('')
  })

  it('does not move the day at the zone edges (New Year, leap day, DST switches in Los Angeles)', () => {
    expect(formatDate('2027-01-01', 'ja', 'short')).toBe('1/1(金)')
    expect(formatDate('2028-02-29', 'en', 'short')).toBe('Tue 2/29')
    expect(formatDate('2027-03-14', 'en', 'short')).toBe('Sun 3/14')
    expect(formatDate('2026-11-01', 'en', 'short')).toBe('Sun 11/1')
  })
})

describe('names and ranges', () => {
  it('names weekdays short and long in both languages', () => {
    expect([0, 6].map((w) => weekdayName(w, 'ja'))).toEqual(['日', '土'])
    expect(weekdayName(2, 'ja', 'long')).toBe('火曜日')
    expect(weekdayName(2, 'en')).toBe('Tue')
    expect(weekdayName(6, 'en', 'long')).toBe('Saturday')
    expect(weekdayOfDate('2026-12-29', 'ja')).toBe('火')
    expect(weekdayOfDate('2026-12-29', 'en', 'long')).toBe('Tuesday')
    expect(weekdayOfDate('no date', 'en')).toBe('')
  })

  it('names months and writes month/day ranges', () => {
    expect(monthName(12, 'ja')).toBe('12月')
    expect(monthName(1, 'en')).toBe('January')
    expect(monthDay('2026-12-29')).toBe('12/29')
    expect(monthDayRange('2026-12-29', '2027-01-03', 'ja')).toBe('12/29〜1/3')
    expect(monthDayRange('2026-12-29', '2027-01-03', 'en')).toBe('12/29–1/3')
  })
})
