import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  diffDays,
  fromDayNumber,
  isValidIsoDate,
  japanDateTime,
  toDayNumber,
  weekdayOf,
} from '@shared/domain/isoDate'

describe('isoDate', () => {
  it.each([
    ['2027-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-12-31', true],
    ['1900-02-29', false],
    ['2000-02-29', true],
  ])('validates %s → %s', (text, ok) => {
    expect(isValidIsoDate(text)).toBe(ok)
  })

  it('round-trips day numbers over several years', () => {
    const n = toDayNumber('2024-01-01')
    expect(n).toBe(19723)
    for (let i = 0; i < 3000; i++) expect(toDayNumber(fromDayNumber(n + i))).toBe(n + i)
  })

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-03-01', -1, '2027-02-28'],
    ['2026-12-29', 6, '2027-01-04'],
  ])('adds days %s + %i = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected)
  })

  it('counts days across a year boundary and knows weekdays', () => {
    expect(diffDays('2027-01-03', '2026-12-29')).toBe(5)
    expect(weekdayOf('2026-11-29')).toBe(0) // Sunday
    expect(weekdayOf('2027-01-04')).toBe(1) // Monday
  })

  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29')
    expect(addMonths('2026-12-15', 12)).toBe('2027-12-15')
  })

  it('reads the Japan date of an instant whatever the machine zone', () => {
    expect(japanDateTime(new Date('2026-12-28T15:30:00Z'))).toEqual({ date: '2026-12-29', time: '00:30' })
    expect(japanDateTime(new Date('2026-12-28T02:59:00Z'))).toEqual({ date: '2026-12-28', time: '11:59' })
  })
})
