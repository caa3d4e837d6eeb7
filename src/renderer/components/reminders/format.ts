import { formatDate } from '@shared/domain/dateFormat'
import { diffDays } from '@shared/domain/isoDate'
import type { IsoDate } from '@shared/domain/types'
import { ApiError } from '@renderer/api'
import { pick, useI18n } from '@renderer/i18n'
import { toHalfWidth } from '@renderer/components/form/typed'

/**
 * Instants from main are Japan time, 'YYYY-MM-DDTHH:MM:SS+09:00': the date and the time are
 * read off by position, never through the renderer's own time zone.
 */
export const dayOf = (instant: string): IsoDate => instant.slice(0, 10)
export const timeOf = (instant: string): string => `${Number(instant.slice(11, 13))}:${instant.slice(14, 16)}`

/**
 * '30, 14、7 ３' → [30, 14, 7, 3]; separators may be commas (half or full width), spaces or
 * '、'. A token that is no whole number is returned as `bad` for the message.
 */
export function parseDays(text: string): { days: number[] } | { bad: string } {
  const tokens = toHalfWidth(text)
    .split(/[\s,、，]+/)
    .filter((t) => t !== '')
  const days: number[] = []
  for (const token of tokens) {
    const cleaned = token.replace(/日(前)?$/, '')
    if (!/^\d{1,3}$/.test(cleaned)) return { bad: token }
    days.push(Number(cleaned))
  }
  return { days }
}

/** [30, 14, 7] → '30, 14, 7' */
export const daysText = (days: number[]): string => days.join(', ')

export function useReminderFormat() {
  const { t, locale } = useI18n()

  /** '12月17日(木)' / 'Thu, 12/17' */
  const dayLabel = (date: IsoDate) => formatDate(date, locale.value, 'dayHeading')

  /** '12/17(木) 9:00' / 'Thu 12/17 9:00' */
  const dateTime = (instant: string) =>
    `${formatDate(dayOf(instant), locale.value, 'short')} ${timeOf(instant)}`

  /** '今日', '明日', '3日後' counted from `today`. */
  const relativeDay = (date: IsoDate, today: IsoDate) => {
    const n = diffDays(date, today)
    if (n <= 0) return t('reminders.today')
    if (n === 1) return t('reminders.tomorrow')
    return t('reminders.inDays', { n })
  }

  /** The message of an error from main, in the current language. */
  const errorText = (error: unknown) =>
    error instanceof ApiError ? pick(error.bilingual, locale.value) : t('state.error')

  return { t, locale, dayLabel, dateTime, relativeDay, errorText }
}
