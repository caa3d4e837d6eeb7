import { useI18n } from 'vue-i18n'
import type { DayInfo } from '../../../shared/domain/calendar'
import { parseIsoDate, slashDate, weekdayOf } from '../../../shared/domain/isoDate'
import type { IsoDate } from '../../../shared/domain/types'
import { ApiError } from '../../api'
import { pick } from '../../i18n'

/** How a day looks in the month grid: one kind (colour AND mark AND label), most specific first. */
export type DayKind = 'business' | 'weekend' | 'holiday' | 'closure' | 'extraOff' | 'extraOpen'

export const dayKinds: readonly Exclude<DayKind, 'business'>[] = [
  'closure',
  'holiday',
  'weekend',
  'extraOff',
  'extraOpen',
]

export function dayKind(day: DayInfo): DayKind {
  if (day.business) return day.extraBusiness && day.reasons.length > 0 ? 'extraOpen' : 'business'
  const kinds = day.reasons.map((r) => r.kind)
  if (kinds.includes('closure')) return 'closure'
  if (kinds.includes('holiday')) return 'holiday'
  if (kinds.includes('extraNonBusiness')) return 'extraOff'
  return 'weekend'
}

const FULL_WIDTH_DIGITS = /[０-９]/g

/**
 * What a shop owner types as a date, in the form the service checks: full-width digits,
 * '2026/12/29', '2026.12.29', '2026年12月29日' and '2026/1/3' all become 'YYYY-MM-DD'.
 * Anything else comes back trimmed and unchanged, for the service to name in its message.
 */
export function normalizeTypedDate(text: string): string {
  const halfWidth = text
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[／－.]/g, '/')
    .trim()
  const m = /^(\d{4})\s*[-/年]\s*(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?$/.exec(halfWidth)
  if (!m) return halfWidth
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`
}

/**
 * A typed time as 'HH:MM': '9:05' → '09:05', '15' and '15時' → '15:00', full-width digits and
 * '：' too. Anything else comes back trimmed and unchanged, for the check to name.
 */
export function normalizeTypedTime(text: string): string {
  const halfWidth = text
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/：/g, ':')
    .trim()
  const m = /^(\d{1,2})(?:\s*[:時]\s*(\d{2})?\s*分?)?$/.exec(halfWidth)
  if (!m) return halfWidth
  return `${m[1]!.padStart(2, '0')}:${m[2] ?? '00'}`
}

/** 'YYYY-MM-DD' for a text input: the same digits, with the slashes people write. */
export function typedDate(date: IsoDate): string {
  return slashDate(date)
}

/** Dates, weekdays and reasons in the current language; weekdays in Japanese are 日月火水木金土. */
export function useCalendarFormat() {
  const { t, locale } = useI18n()

  const weekday = (w: number) => t(`calendar.weekdays.${w}`)

  /** '2027/01/04 (月)' */
  const fullDate = (date: IsoDate) => `${slashDate(date)} (${weekday(weekdayOf(date))})`

  /** '1/4 (月)' */
  const shortDate = (date: IsoDate) => `${monthDay(date)} (${weekday(weekdayOf(date))})`

  /** '1/4' */
  const monthDay = (date: IsoDate) => {
    const ymd = parseIsoDate(date)
    return ymd ? `${ymd.month}/${ymd.day}` : date
  }

  const monthTitle = (year: number, month: number) =>
    t('calendar.month.title', { year, month, monthName: t(`calendar.monthNames.${month}`) })

  /** Every reason in words, for tooltips and screen readers: '年末年始・元日'. */
  const reasonsText = (day: DayInfo): string[] => {
    const out: string[] = []
    for (const r of day.reasons) if (r.kind === 'closure') out.push(r.name)
    for (const r of day.reasons) {
      if (r.kind === 'holiday') {
        out.push(pick(r.name, locale.value) + (r.provisional ? t('calendar.reason.provisional') : ''))
      }
    }
    for (const r of day.reasons) if (r.kind === 'extraNonBusiness') out.push(t('calendar.reason.extraOff'))
    for (const r of day.reasons) if (r.kind === 'weekend') out.push(t('calendar.reason.weekend'))
    return out
  }

  /** The day's status in one sentence: '2027/01/11 (月) 休み: 成人の日'. */
  const dayStatus = (day: DayInfo): string => {
    const date = fullDate(day.date)
    if (!day.business)
      return t('calendar.reason.closedBecause', { date, reasons: reasonsText(day).join(' / ') })
    if (day.extraBusiness && day.reasons.length > 0) {
      return t('calendar.reason.openAnyway', { date, reasons: reasonsText(day).join(' / ') })
    }
    if (day.holiday) {
      return t('calendar.reason.holidayOpen', { date, name: pick(day.holiday.name, locale.value) })
    }
    return t('calendar.reason.open', { date })
  }

  /** The message of a refusal from main in the current language, or a generic one. */
  const errorText = (error: unknown): string =>
    error instanceof ApiError ? pick(error.bilingual, locale.value) : t('calendar.errors.unexpected')

  return { t, locale, weekday, fullDate, shortDate, monthDay, monthTitle, reasonsText, dayStatus, errorText }
}
