import { z } from 'zod'
import type { ClosureSummary } from '../domain/closureSummary'
import type { Lifecycle } from '../domain/timeline/lifecycle'
import type { CalendarSettings, Closure, IsoDate } from '../domain/types'
import { channel } from './channel'
import { empty, fileName, id } from './schemas'

export interface CalendarView {
  settings: CalendarSettings
  /** Today in Japan by the app's clock (the browser host's clock can be set for tests). */
  today: IsoDate
  /**
   * The closure of the day (the lifecycle's current one): under way, coming, or just over and
   * in its follow-up days; once all are over, the latest. null only when none is registered.
   */
  currentClosure: Closure | null
  /** That closure's dates and mail window as main computes them (null without one). */
  summary: ClosureSummary | null
  lifecycle: Lifecycle
}

export interface SavedFile {
  saved: boolean
  path: string | null
  /** No save dialog here (browser preview): the page offers a download instead. */
  useDownload: boolean
}

/*
 * The channel schemas check the shape and the size only, so a malformed call is the dispatcher's
 * invalid_input. Whether a date exists, a closure ends after it starts or a lead time is sensible
 * is asked by the service with the rule schemas of calendarValidation.ts, which the forms run
 * too: they refuse with the calendar's own codes (calendar_closure.overlap, …) and name the field
 * and the value typed ("開始日の「2027-02-29」はカレンダーにない日付です").
 */
const typedDate = z.string().max(20)

export const calendarSettingsInput = z
  .object({
    weeklyOff: z.array(z.number().int().min(0).max(6)).max(7),
    useHolidays: z.boolean(),
    extraBusinessDays: z.array(typedDate).max(1000),
    extraNonBusinessDays: z.array(typedDate).max(1000),
    cutoffTime: z.string().max(10),
    leadTimeDays: z.number(),
    /** Absent: kept as it is. */
    followUpDays: z.number().optional(),
  })
  .strict()

export const calendarChannels = {
  getCalendar: channel<CalendarView>()(empty),
  saveCalendarSettings: channel<CalendarSettings>()(calendarSettingsInput),
  /** Add (no id) or edit (id) a closure. */
  saveClosure: channel<Closure>()(
    z.object({ id: id.optional(), name: z.string().max(200), start: typedDate, end: typedDate }).strict(),
  ),
  deleteClosure: channel<null>()(z.object({ id }).strict()),
  saveTextFile: channel<SavedFile>()(
    z
      .object({
        suggestedName: fileName,
        content: z.string().max(1_000_000),
      })
      .strict(),
  ),
}
