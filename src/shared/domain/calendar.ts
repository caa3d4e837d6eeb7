import { BusinessDayIndex } from './businessDayIndex'
import { holidayDayNumbers, holidayOn, type Holiday } from './holidays'
import { daysInMonth, formatYmd, fromDayNumber, isValidIsoDate, toDayNumber } from './isoDate'
import type { Bilingual, BusinessDayQueries, CalendarSettings, Closure, IsoDate } from './types'

/**
 * The shop's business calendar: which days orders are packed and shipped, mirroring the
 * order system's 日付自動登録 settings (weekdays off, holidays, closure periods), so that the
 * app computes the same 出荷予定日 the order system will.
 *
 * A day is closed when its weekday is off, it is a public holiday (with useHolidays), it lies
 * in a closure (first and last day included) or it is an extra non-business day. An extra
 * business day opens the day whatever else says so: staff coming in on a Saturday or for one
 * day in the middle of a closure.
 */

export type NonBusinessReason =
  | { kind: 'weekend'; weekday: number }
  | { kind: 'holiday'; name: Bilingual; provisional: boolean }
  | { kind: 'closure'; closureId: string; name: string }
  | { kind: 'extraNonBusiness' }

export interface DayInfo {
  date: IsoDate
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number
  business: boolean
  /** Every reason the day would be closed, even when an extra business day overrides them. */
  reasons: NonBusinessReason[]
  /** Listed in extraBusinessDays: open whatever the reasons say. */
  extraBusiness: boolean
  /** The public holiday on this day, shown even when useHolidays is off. */
  holiday: Holiday | null
  closure: Closure | null
}

export interface BusinessCalendar extends BusinessDayQueries {
  readonly settings: CalendarSettings
  dayInfo(date: IsoDate): DayInfo
  nextBusinessDay(date: IsoDate): IsoDate
  prevBusinessDay(date: IsoDate): IsoDate
  /** `date` itself when it is a business day, else the next one. */
  onOrAfter(date: IsoDate): IsoDate
  /** `date` itself when it is a business day, else the previous one. */
  onOrBefore(date: IsoDate): IsoDate
  /**
   * n >= 0: the n-th business day after onOrAfter(date); n = 0 gives onOrAfter(date).
   * n < 0: the |n|-th business day before onOrBefore(date).
   */
  addBusinessDays(date: IsoDate, n: number): IsoDate
  /**
   * Business days d with from < d <= to (from excluded, to included), 0 when to <= from:
   * "how many working days until `to`", so that addBusinessDays(b, n) of a business day b
   * lands on a day with businessDaysBetween(b, that day) === n.
   */
  businessDaysBetween(from: IsoDate, to: IsoDate): number
  /**
   * The planned ship date of an order placed at `orderTime` ('HH:MM', Japan time) on
   * `orderDate`: processed the same day when that is a business day and the order came in
   * before the cut-off, else on the next business day; shipped `leadTimeDays` business days
   * after that (default: settings.leadTimeDays; 0 ships on the processing day).
   */
  shipDate(orderDate: IsoDate, orderTime: string, leadTimeDays?: number): IsoDate
  /** The closure that includes `date`, or null. */
  closureContaining(date: IsoDate): Closure | null
  /** The closure that includes `today`, else the first one starting after it, else null. */
  nextClosure(today: IsoDate): Closure | null
  /** The last business day before the closure starts: the last day parcels leave. */
  lastShipDayBefore(closure: Closure): IsoDate
  /** The first business day after the closure ends: the reopening day. */
  firstShipDayAfter(closure: Closure): IsoDate
  /** Every closed day in [from, to], both included. */
  nonBusinessDays(from: IsoDate, to: IsoDate): DayInfo[]
  /** Every day of a month (1–12), for the month grid. */
  month(year: number, month: number): DayInfo[]
}

interface ClosureSpan {
  closure: Closure
  start: number
  end: number
}

export function createBusinessCalendar(
  settings: CalendarSettings,
  options: { today?: IsoDate } = {},
): BusinessCalendar {
  const own = copySettings(settings)
  checkSettings(own)
  const today = options.today
  if (today !== undefined && !isValidIsoDate(today)) throw new RangeError(`today is not a date: ${today}`)

  const weeklyOff = new Set(own.weeklyOff)
  const extraBusiness = new Set(own.extraBusinessDays)
  const extraNonBusiness = new Set(own.extraNonBusinessDays)
  const cutoffMinutes = minutesOf(own.cutoffTime)!
  const spans: ClosureSpan[] = own.closures
    .map((closure) => ({ closure, start: toDayNumber(closure.start), end: toDayNumber(closure.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end)

  const index = new BusinessDayIndex((startDay, open) => {
    const lastDay = startDay + open.length - 1
    for (let i = 0; i < open.length; i++) open[i] = weeklyOff.has(weekdayOfDay(startDay + i)) ? 0 : 1
    if (own.useHolidays) for (const day of holidayDayNumbers(startDay, lastDay)) open[day - startDay] = 0
    for (const s of spans) {
      for (let day = Math.max(s.start, startDay); day <= Math.min(s.end, lastDay); day++) {
        open[day - startDay] = 0
      }
    }
    for (const date of extraNonBusiness) setIfInside(open, startDay, toDayNumber(date), 0)
    for (const date of extraBusiness) setIfInside(open, startDay, toDayNumber(date), 1)
  })

  function spanContaining(day: number): ClosureSpan | null {
    for (const s of spans) {
      if (s.start > day) break
      if (day <= s.end) return s
    }
    return null
  }

  function dayInfo(date: IsoDate): DayInfo {
    const day = toDayNumber(date)
    const weekday = weekdayOfDay(day)
    const reasons: NonBusinessReason[] = []
    if (weeklyOff.has(weekday)) reasons.push({ kind: 'weekend', weekday })
    const holiday = holidayOn(date, today)
    if (holiday && own.useHolidays) {
      reasons.push({ kind: 'holiday', name: { ...holiday.name }, provisional: holiday.provisional })
    }
    const span = spanContaining(day)
    if (span) reasons.push({ kind: 'closure', closureId: span.closure.id, name: span.closure.name })
    if (extraNonBusiness.has(date)) reasons.push({ kind: 'extraNonBusiness' })
    const isExtraBusiness = extraBusiness.has(date)
    return {
      date,
      weekday,
      business: isExtraBusiness || reasons.length === 0,
      reasons,
      extraBusiness: isExtraBusiness,
      holiday,
      closure: span ? span.closure : null,
    }
  }

  function dayInfosBetween(from: number, to: number, onlyClosed: boolean): DayInfo[] {
    const out: DayInfo[] = []
    for (let day = from; day <= to; day++) {
      if (onlyClosed && index.isOpen(day)) continue
      out.push(dayInfo(isoOf(day)))
    }
    return out
  }

  const calendar: BusinessCalendar = {
    settings: own,
    dayInfo,
    isBusinessDay: (date) => index.isOpen(dayOf(date)),
    nextBusinessDay: (date) => isoOf(index.next(dayOf(date))),
    prevBusinessDay: (date) => isoOf(index.prev(dayOf(date))),
    onOrAfter: (date) => isoOf(index.onOrAfter(dayOf(date))),
    onOrBefore: (date) => isoOf(index.onOrBefore(dayOf(date))),
    addBusinessDays: (date, n) => isoOf(index.add(dayOf(date), n)),
    businessDaysBetween: (from, to) => index.countBetween(dayOf(from), dayOf(to)),
    shipDate(orderDate, orderTime, leadTimeDays = own.leadTimeDays) {
      if (!Number.isInteger(leadTimeDays) || leadTimeDays < 0) {
        throw new RangeError(`Lead time must be a whole number of days, 0 or more: ${leadTimeDays}`)
      }
      const minutes = minutesOf(orderTime)
      if (minutes === null) throw new RangeError(`Order time is not 'HH:MM': ${orderTime}`)
      const day = dayOf(orderDate)
      const processing = index.isOpen(day) && minutes < cutoffMinutes ? day : index.next(day)
      return isoOf(index.add(processing, leadTimeDays))
    },
    closureContaining(date) {
      const span = spanContaining(dayOf(date))
      return span ? span.closure : null
    },
    nextClosure(todayDate) {
      const day = dayOf(todayDate)
      const current = spanContaining(day)
      if (current) return current.closure
      for (const s of spans) if (s.start > day) return s.closure
      return null
    },
    lastShipDayBefore: (closure) => isoOf(index.prev(dayOf(closure.start))),
    firstShipDayAfter: (closure) => isoOf(index.next(dayOf(closure.end))),
    nonBusinessDays: (from, to) => dayInfosBetween(dayOf(from), dayOf(to), true),
    month(year, month) {
      if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`No such month: ${month}`)
      const first = dayOf(formatYmd({ year, month, day: 1 }))
      return dayInfosBetween(first, first + daysInMonth(year, month) - 1, false)
    },
  }
  return calendar
}

/**
 * The calendar keeps its own frozen copy so that nobody editing a settings object afterwards
 * can leave the cached business days out of date: build a new calendar instead.
 */
function copySettings(s: CalendarSettings): CalendarSettings {
  return Object.freeze({
    weeklyOff: Object.freeze([...s.weeklyOff]) as number[],
    useHolidays: s.useHolidays,
    closures: Object.freeze(s.closures.map((c) => Object.freeze({ ...c }))) as Closure[],
    extraBusinessDays: Object.freeze([...s.extraBusinessDays]) as IsoDate[],
    extraNonBusinessDays: Object.freeze([...s.extraNonBusinessDays]) as IsoDate[],
    cutoffTime: s.cutoffTime,
    leadTimeDays: s.leadTimeDays,
    followUpDays: s.followUpDays,
  })
}

/**
 * Only what would make the arithmetic wrong is refused here; the friendly checks for the
 * settings screen (overlaps, lengths, limits) are in calendarValidation.ts.
 */
function checkSettings(s: CalendarSettings): void {
  for (const w of s.weeklyOff) {
    if (!Number.isInteger(w) || w < 0 || w > 6) throw new RangeError(`Weekday must be 0–6: ${w}`)
  }
  if (minutesOf(s.cutoffTime) === null) throw new RangeError(`Cut-off time is not 'HH:MM': ${s.cutoffTime}`)
  if (!Number.isInteger(s.leadTimeDays) || s.leadTimeDays < 0) {
    throw new RangeError(`Lead time must be a whole number of days, 0 or more: ${s.leadTimeDays}`)
  }
  const dates = [
    ...s.extraBusinessDays,
    ...s.extraNonBusinessDays,
    ...s.closures.flatMap((c) => [c.start, c.end]),
  ]
  for (const d of dates) if (!isValidIsoDate(d)) throw new RangeError(`Not a calendar date: ${d}`)
  for (const c of s.closures) {
    if (c.end < c.start) throw new RangeError(`Closure ${c.name} ends before it starts`)
  }
}

/** 'HH:MM' (or 'H:MM', seconds ignored) → minutes after midnight; null when not a time. */
export function minutesOf(time: string): number | null {
  // Fast path for the usual 'HH:MM': ship dates are computed in bulk.
  if (typeof time === 'string' && time.length === 5 && time.charCodeAt(2) === 58) {
    const h1 = time.charCodeAt(0) - 48
    const h2 = time.charCodeAt(1) - 48
    const m1 = time.charCodeAt(3) - 48
    const m2 = time.charCodeAt(4) - 48
    if (h1 < 0 || h1 > 9 || h2 < 0 || h2 > 9 || m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9) return null
    const h = h1 * 10 + h2
    return h < 24 ? h * 60 + m1 * 10 + m2 : null
  }
  const match = typeof time === 'string' ? /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(time) : null
  if (!match) return null
  const h = Number(match[1])
  const m = Number(match[2])
  return h < 24 && m < 60 ? h * 60 + m : null
}

function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

function setIfInside(open: Uint8Array, startDay: number, day: number, value: number): void {
  const i = day - startDay
  if (i >= 0 && i < open.length) open[i] = value
}

/*
 * Converting between 'YYYY-MM-DD' and day numbers is most of the cost of a ship date once the
 * index answers in O(1); the few thousand dates a session touches are memoised.
 */
const dayCache = new Map<string, number>()
const isoCache = new Map<number, IsoDate>()
const CACHE_LIMIT = 200_000

function dayOf(date: IsoDate): number {
  let day = dayCache.get(date)
  if (day === undefined) {
    day = toDayNumber(date)
    if (dayCache.size >= CACHE_LIMIT) dayCache.clear()
    dayCache.set(date, day)
  }
  return day
}

function isoOf(day: number): IsoDate {
  let iso = isoCache.get(day)
  if (iso === undefined) {
    iso = fromDayNumber(day)
    if (isoCache.size >= CACHE_LIMIT) isoCache.clear()
    isoCache.set(day, iso)
  }
  return iso
}
