import { enUS } from 'date-fns/locale/en-US'
import { ja } from 'date-fns/locale/ja'
import { parseIsoDate, weekdayOf } from './isoDate'
import type { IsoDate, Lang } from './types'

/**
 * Every date the app shows people, in Japanese and English, with the day and month names of
 * date-fns' `ja` and `enUS` locales. Only the locales' names (`localize`) are used, not
 * date-fns' `format`: `format` with its token formatters adds about 12 KB (gzip) to the
 * renderer's first-screen JavaScript, and these eight shapes are simple enough to lay out
 * here. The weekday comes from the day number (isoDate.ts), so no time zone can move it.
 */

/**
 * The shapes of a date on screen and in texts (examples for 2026-12-29, a Tuesday):
 * - monthDay: '12/29' in both languages
 * - short: '12/29(火)' / 'Tue 12/29'
 * - full: '2026/12/29(火)' / 'Tue 2026/12/29'
 * - shortSpaced, fullSpaced: '12/29 (火)', '2026/12/29 (火)' / '12/29 (Tue)': the calendar's,
 *   the weekday after the date in both languages
 * - dayHeading: '12月29日(火)' / 'Tue, 12/29'
 * - long: '12月29日(火)' / 'Tue 29 Dec'
 * - longYear: '2026年12月29日(火)' / 'Tue 29 Dec 2026'
 */
export type DateStyle =
  'monthDay' | 'short' | 'full' | 'shortSpaced' | 'fullSpaced' | 'dayHeading' | 'long' | 'longYear'

type Parts = { y: number; m: number; d: number; mm: string; dd: string; w: string; mon: string }

const pad = (n: number) => String(n).padStart(2, '0')

const shapes: Record<Lang, Record<DateStyle, (p: Parts) => string>> = {
  ja: {
    monthDay: (p) => `${p.m}/${p.d}`,
    short: (p) => `${p.m}/${p.d}(${p.w})`,
    full: (p) => `${p.y}/${p.mm}/${p.dd}(${p.w})`,
    shortSpaced: (p) => `${p.m}/${p.d} (${p.w})`,
    fullSpaced: (p) => `${p.y}/${p.mm}/${p.dd} (${p.w})`,
    dayHeading: (p) => `${p.m}月${p.d}日(${p.w})`,
    long: (p) => `${p.m}月${p.d}日(${p.w})`,
    longYear: (p) => `${p.y}年${p.m}月${p.d}日(${p.w})`,
  },
  en: {
    monthDay: (p) => `${p.m}/${p.d}`,
    short: (p) => `${p.w} ${p.m}/${p.d}`,
    full: (p) => `${p.w} ${p.y}/${p.mm}/${p.dd}`,
    shortSpaced: (p) => `${p.m}/${p.d} (${p.w})`,
    fullSpaced: (p) => `${p.y}/${p.mm}/${p.dd} (${p.w})`,
    dayHeading: (p) => `${p.w}, ${p.m}/${p.d}`,
    long: (p) => `${p.w} ${p.d} ${p.mon}`,
    longYear: (p) => `${p.w} ${p.d} ${p.mon} ${p.y}`,
  },
}

const locales = { ja, en: enUS } as const
const SEVEN = [0, 1, 2, 3, 4, 5, 6] as const
const TWELVE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const

// The names are read from the locales once: formatting a date is then string work only (the
// reminder planner words reminders for thousands of credentials in one plan).
const names = (lang: Lang) => ({
  weekday: SEVEN.map((w) => locales[lang].localize.day(w, { width: 'abbreviated' }) as string),
  weekdayLong: SEVEN.map((w) => locales[lang].localize.day(w, { width: 'wide' }) as string),
  month: TWELVE.map((m) => locales[lang].localize.month(m, { width: 'abbreviated' }) as string),
})
const nameTable = { ja: names('ja'), en: names('en') }

/** Only 'en' is English; any other language tag (vue-i18n's locale is a string) reads as Japanese. */
const langOf = (lang: string): Lang => (lang === 'en' ? 'en' : 'ja')

/** `date` in the given shape; text that is no calendar date is shown as it came. */
export function formatDate(date: IsoDate, lang: string, style: DateStyle): string {
  const ymd = parseIsoDate(date)
  if (!ymd) return date
  const l = langOf(lang)
  const { year: y, month: m, day: d } = ymd
  const w = nameTable[l].weekday[weekdayOf(date)]!
  return shapes[l][style]({ y, m, d, mm: pad(m), dd: pad(d), w, mon: nameTable[l].month[m - 1]! })
}

/** '12/29' in both languages. */
export const monthDay = (date: IsoDate): string => formatDate(date, 'ja', 'monthDay')

/** '12/29〜1/3' / '12/29–1/3'. */
export function monthDayRange(start: IsoDate, end: IsoDate, lang: string): string {
  return `${monthDay(start)}${langOf(lang) === 'en' ? '–' : '〜'}${monthDay(end)}`
}

/** The weekday 0 = Sunday … 6 = Saturday by name: '火' / 'Tue'; long: '火曜日' / 'Tuesday'. */
export function weekdayName(weekday: number, lang: string, width: 'short' | 'long' = 'short'): string {
  const table = nameTable[langOf(lang)]
  return (width === 'long' ? table.weekdayLong : table.weekday)[weekday] ?? ''
}

/** The weekday of a date: '火' / 'Tue'; long: '火曜日' / 'Tuesday'; '' for no calendar date. */
export function weekdayOfDate(date: IsoDate, lang: string, width: 'short' | 'long' = 'short'): string {
  return parseIsoDate(date) ? weekdayName(weekdayOf(date), lang, width) : ''
}

/** The month 1–12 by name: '12月' / 'December'. */
export function monthName(month: number, lang: string): string {
  return (locales[langOf(lang)].localize.month((month - 1) as 0, { width: 'wide' }) as string) ?? ''
}
