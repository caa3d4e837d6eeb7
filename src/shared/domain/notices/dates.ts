import type { BusinessCalendar } from '../calendar'
import { formatDate, weekdayName } from '../dateFormat'
import { addDays } from '../isoDate'
import type { Closure, IsoDate, Lang } from '../types'

/**
 * The dates a closure notice speaks of, computed from the business calendar exactly as the
 * order system will compute its 出荷予定日, so that what the shop promises on its pages matches
 * what actually ships.
 */
export interface NoticeDates {
  closure: Closure
  /** The last business day before the closure: the last day parcels leave. */
  lastShipDay: IsoDate
  /** The first business day after the closure. */
  reopening: IsoDate
  /**
   * The last order that still ships by lastShipDay. With a cut-off: orders on `date` before
   * `time`. Without (time null): every order placed on `date`, at any hour.
   */
  orderDeadline: { date: IsoDate; time: string | null }
  /** When an order placed during the closure ships (the reopening day plus the lead time). */
  closureOrdersShip: IsoDate
  /** Regular days off for the "usual days off" line (empty when the shop has none). */
  weeklyOff: number[]
  useHolidays: boolean
  cutoffTime: string
  /**
   * Order days from a week before the last ship day through the closure's last day, with the
   * ship date of an order placed before and after the cut-off: the mail addendum's table.
   */
  orderDays: OrderDay[]
}

export interface OrderDay {
  date: IsoDate
  beforeCutoff: IsoDate
  afterCutoff: IsoDate
}

export interface NoticeDateOptions {
  /** Name the cut-off time in the texts. Off, or a cut-off of 00:00, speaks in whole days. */
  showCutoff?: boolean
}

/** How far back the order-day table and the deadline search reach. */
const RUN_UP_DAYS = 7
const SEARCH_LIMIT = 60

export function noticeDates(
  cal: BusinessCalendar,
  closure: Closure,
  options: NoticeDateOptions = {},
): NoticeDates {
  const s = cal.settings
  const lastShipDay = cal.lastShipDayBefore(closure)
  const reopening = cal.firstShipDayAfter(closure)
  const hasCutoff = (options.showCutoff ?? true) && s.cutoffTime !== '00:00'
  const orderDeadline = hasCutoff
    ? // The business day whose morning orders ship exactly on the last ship day.
      { date: cal.addBusinessDays(lastShipDay, -s.leadTimeDays), time: s.cutoffTime }
    : { date: lastWholeDay(cal, lastShipDay), time: null }
  const orderDays: OrderDay[] = []
  for (let d = addDays(lastShipDay, -RUN_UP_DAYS); d <= closure.end; d = addDays(d, 1)) {
    orderDays.push({ date: d, beforeCutoff: cal.shipDate(d, '00:00'), afterCutoff: cal.shipDate(d, '23:59') })
  }
  return {
    closure,
    lastShipDay,
    reopening,
    orderDeadline,
    closureOrdersShip: cal.shipDate(closure.start, '00:00'),
    weeklyOff: [...s.weeklyOff].sort(),
    useHolidays: s.useHolidays,
    cutoffTime: s.cutoffTime,
    orderDays,
  }
}

/**
 * The last day all of whose orders, whatever the hour, still ship by `lastShipDay`: a notice
 * without a cut-off time must not promise that evening orders of a later day make it.
 */
function lastWholeDay(cal: BusinessCalendar, lastShipDay: IsoDate): IsoDate {
  for (let i = 0, d = lastShipDay; i < SEARCH_LIMIT; i++, d = addDays(d, -1)) {
    if (cal.shipDate(d, '23:59') <= lastShipDay) return d
  }
  return addDays(lastShipDay, -SEARCH_LIMIT)
}

/** '12月29日(火)' / 'Tue 29 Dec'; with the year: '2026年12月29日(火)' / 'Tue 29 Dec 2026'. */
export function noticeDate(date: IsoDate, lang: Lang, withYear = false): string {
  return formatDate(date, lang, withYear ? 'longYear' : 'long')
}

/** '土曜・日曜・祝日' / 'Saturdays, Sundays and public holidays'; '' for a shop open every day. */
export function regularDaysOff(weeklyOff: readonly number[], useHolidays: boolean, lang: Lang): string {
  // Monday first, the way a shop lists its week.
  const order = [...weeklyOff].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7))
  if (lang === 'en') {
    const parts = order.map((w) => `${weekdayName(w, 'en', 'long')}s`)
    if (useHolidays) parts.push('public holidays')
    if (parts.length <= 1) return parts.join('')
    return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
  }
  const parts = order.map((w) => `${weekdayName(w, 'ja')}曜`)
  if (useHolidays) parts.push('祝日')
  return parts.join('・')
}
