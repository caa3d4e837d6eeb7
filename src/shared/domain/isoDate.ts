import type { IsoDate } from './types'

/**
 * Calendar-date arithmetic on 'YYYY-MM-DD' strings through a day number (days since
 * 1970-01-01 in the proleptic Gregorian calendar). Pure integer maths: no Date object, so
 * no time zone can move a date (the classic bug of going through UTC midnight).
 */

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/

export interface YearMonthDay {
  year: number
  month: number // 1–12
  day: number // 1–31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Parses strictly: '2027-02-29' (no such day) and '2027-2-1' are rejected with null. */
export function parseIsoDate(text: string): YearMonthDay | null {
  const m = ISO_RE.exec(text)
  if (!m) return null
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (year < 1900 || year > 2200) return null
  if (month < 1 || month > 12) return null
  if (day < 1 || day > daysInMonth(year, month)) return null
  return { year, month, day }
}

export function isValidIsoDate(text: unknown): text is IsoDate {
  return typeof text === 'string' && parseIsoDate(text) !== null
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

export function formatYmd({ year, month, day }: YearMonthDay): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function ymdToDayNumber({ year, month, day }: YearMonthDay): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** Inverse of ymdToDayNumber (civil_from_days). */
export function dayNumberToYmd(dayNumber: number): YearMonthDay {
  const z = dayNumber + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  return { year, month, day }
}

function requireDate(date: IsoDate): YearMonthDay {
  const ymd = parseIsoDate(date)
  if (!ymd) throw new RangeError(`Not a calendar date: ${date}`)
  return ymd
}

export function toDayNumber(date: IsoDate): number {
  return ymdToDayNumber(requireDate(date))
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return formatYmd(dayNumberToYmd(dayNumber))
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days)
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function diffDays(to: IsoDate, from: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7
}

/** Adds calendar months, clamping to the month's last day (2026-01-31 + 1 month → 2026-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = requireDate(date)
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  return formatYmd({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) })
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b
}

/**
 * The calendar date and time of an instant as seen in Japan (UTC+9, no daylight saving),
 * whatever the machine's time zone is.
 */
export function japanDateTime(instant: Date): { date: IsoDate; time: string } {
  const shifted = new Date(instant.getTime() + 9 * 3600_000)
  const date = formatYmd({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  })
  const time = `${pad(shifted.getUTCHours(), 2)}:${pad(shifted.getUTCMinutes(), 2)}`
  return { date, time }
}

/** Date formatted for people: '2027/01/04'. */
export function slashDate(date: IsoDate): string {
  return date.replaceAll('-', '/')
}
