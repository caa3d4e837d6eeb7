import type { DayInfo } from '@shared/domain/calendar'
import { formatDate, monthDay, monthName } from '@shared/domain/dateFormat'
import type { IsoDate } from '@shared/domain/types'
import { ApiError } from '@renderer/api'
import { pick, useI18n } from '@renderer/i18n'

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

// One reading of typed dates and times for every form (components/form/typed.ts).
export { normalizeTypedDate, normalizeTypedTime, typedDate } from '../form/typed'

/** Dates, weekdays and reasons in the current language; weekdays in Japanese are 日月火水木金土. */
export function useCalendarFormat() {
  const { t, locale } = useI18n()

  /** '2027/01/04 (月)' / '2027/01/04 (Mon)' */
  const fullDate = (date: IsoDate) => formatDate(date, locale.value, 'fullSpaced')

  /** '1/4 (月)' / '1/4 (Mon)' */
  const shortDate = (date: IsoDate) => formatDate(date, locale.value, 'shortSpaced')

  const monthTitle = (year: number, month: number) =>
    t('calendar.month.title', { year, month, monthName: monthName(month, locale.value) })

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

  return { t, locale, fullDate, shortDate, monthDay, monthTitle, reasonsText, dayStatus, errorText }
}
