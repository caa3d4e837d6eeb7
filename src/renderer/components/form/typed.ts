import { formatYmd, isValidIsoDate, parseIsoDate, slashDate } from '@shared/domain/isoDate'
import type { IsoDate } from '@shared/domain/types'

/**
 * Dates and times as a shop owner types them, read the same way in every form: setup, dialogs,
 * the calendar and the reminders.
 */

const FULL_WIDTH_DIGITS = /[０-９]/g
/** Full-width digits as people type them in Japanese → ASCII digits. */
export const toHalfWidth = (text: string) =>
  text.replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))

/**
 * '2026/12/29', '2026-12-29', '2026.12.29', '2026年12月29日', full-width digits → 'YYYY-MM-DD'.
 * '12/29' (no year) takes the year that puts it nearest to `today` (within half a year), so in
 * December '1/3' is the coming January and in January '12/29' the one just past.
 * Anything else comes back trimmed and unchanged, for the check to name.
 */
export function normalizeTypedDate(text: string, today?: IsoDate | null): string {
  const half = toHalfWidth(text)
    .replace(/[／－.]/g, '/')
    .trim()
  const full = /^(\d{4})\s*[-/年]\s*(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?$/.exec(half)
  if (full) return `${full[1]}-${full[2]!.padStart(2, '0')}-${full[3]!.padStart(2, '0')}`
  const short = /^(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?$/.exec(half)
  const ref = today ? parseIsoDate(today) : null
  if (short && ref) {
    const month = Number(short[1])
    const day = Number(short[2])
    const refIndex = ref.year * 12 + ref.month - 1
    let year = ref.year
    const index = year * 12 + month - 1
    if (index - refIndex > 6) year -= 1
    else if (refIndex - index > 6) year += 1
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  }
  return half
}

export type DateReading =
  | { state: 'empty' }
  | { state: 'ok'; date: IsoDate }
  /** Shaped like a date, but the day does not exist (2027/02/30). */
  | { state: 'notReal'; shown: string }
  | { state: 'unreadable'; shown: string }

/** What a typed date is; `shown` is how to echo it back (with slashes, as people write it). */
export function readTypedDate(text: string, today?: IsoDate | null): DateReading {
  if (text.trim() === '') return { state: 'empty' }
  const iso: string = normalizeTypedDate(text, today)
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    return parseIsoDate(iso)
      ? { state: 'ok', date: iso }
      : { state: 'notReal', shown: iso.replace(/-/g, '/') }
  }
  return { state: 'unreadable', shown: text.trim() }
}

/** The form value for a stored date: what people write ('2026/12/29'). */
export function typedDate(date: IsoDate | null | undefined): string {
  return date && isValidIsoDate(date) ? slashDate(date) : (date ?? '')
}

/**
 * A typed time as 'HH:MM': '9:05' → '09:05', '15' and '15時' → '15:00', '9時30分', full-width
 * digits and '：' too. Anything else comes back trimmed and unchanged.
 */
export function normalizeTypedTime(text: string): string {
  const half = toHalfWidth(text).replace(/：/g, ':').trim()
  const m = /^(\d{1,2})(?:\s*[:時]\s*(\d{2})?\s*分?)?$/.exec(half)
  if (!m) return half
  return `${m[1]!.padStart(2, '0')}:${m[2] ?? '00'}`
}

/** Today on this PC, for '12/29' without a year when no screen has the app's today yet. */
export function localToday(): IsoDate {
  const d = new Date()
  return formatYmd({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() })
}
