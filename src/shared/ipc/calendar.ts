import { z } from 'zod'
import type { CalendarSettings, Closure, IsoDate } from '../domain/types'
import { channel } from './channel'
import { empty, hhmm, id, isoDate } from './schemas'

export interface CalendarView {
  settings: CalendarSettings
  /** Today in Japan by the app's clock (the browser host's clock can be set for tests). */
  today: IsoDate
  nextClosure: Closure | null
}

export interface SavedFile {
  saved: boolean
  path: string | null
  /** No save dialog here (browser preview): the page offers a download instead. */
  useDownload: boolean
}

export const calendarSettingsInput = z
  .object({
    weeklyOff: z.array(z.number().int().min(0).max(6)).max(7),
    useHolidays: z.boolean(),
    extraBusinessDays: z.array(isoDate).max(366),
    extraNonBusinessDays: z.array(isoDate).max(366),
    cutoffTime: hhmm,
    leadTimeDays: z.number().int().min(0).max(30),
  })
  .strict()

export const calendarChannels = {
  getCalendar: channel<CalendarView>()(empty),
  saveCalendarSettings: channel<CalendarSettings>()(calendarSettingsInput),
  saveClosure: channel<Closure>()(
    z.object({ id: id.optional(), name: z.string().max(200), start: isoDate, end: isoDate }).strict(),
  ),
  deleteClosure: channel<null>()(z.object({ id }).strict()),
  saveTextFile: channel<SavedFile>()(
    z
      .object({
        suggestedName: z
          .string()
          .min(1)
          .max(100)
          .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/),
        content: z.string().max(1_000_000),
      })
      .strict(),
  ),
}
