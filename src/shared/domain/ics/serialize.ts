import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalEventTransparency } from 'ical-generator'
import { parseIsoDate } from '../isoDate'
import type { Lang } from '../types'
import type { PlanCalendarEvent } from './events'

/**
 * The events as an RFC 5545 file (ical-generator). Dates are handed over as UTC instants on
 * purpose: the generator writes an all-day DATE from a Date's UTC fields and a timed event in
 * UTC ('Z'), so nothing depends on the time zone of the machine that exports. All-day events
 * carry the Japanese calendar date the app computed; timed ones are the Japan-time instant
 * (UTC+9, no daylight saving), which every calendar shows in its own zone.
 */
export interface IcsOptions {
  lang: Lang
  /** Export time: DTSTAMP, and the SEQUENCE that makes a re-import win over the older copy. */
  now: Date
}

const JST_OFFSET_MS = 9 * 3600_000
// Calendars keep the copy with the higher SEQUENCE when a UID comes again; minutes since this
// day grow with every export and fit RFC 5545's integer for millennia.
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1)

export function eventsToIcs(events: readonly PlanCalendarEvent[], options: IcsOptions): string {
  const cal = ical({
    prodId: { company: 'Holiday Prep', product: 'holiday-prep', language: options.lang.toUpperCase() },
    name: options.lang === 'en' ? 'Holiday Prep: closure plan' : '休業準備ナビ:休業の予定',
  })
  // A hint for calendars that show floating (all-day) items in a zone of their own choosing.
  cal.x([{ key: 'X-WR-TIMEZONE', value: 'Asia/Tokyo' }])
  const sequence = Math.max(0, Math.floor((options.now.getTime() - SEQUENCE_EPOCH) / 60_000))
  for (const e of events) {
    const start = e.time ? japanInstant(e.date, e.time.start) : utcMidnight(e.date)
    const end = e.time ? new Date(start.getTime() + e.time.minutes * 60_000) : utcMidnight(e.endDate)
    const event = cal.createEvent({
      id: e.uid,
      sequence,
      stamp: options.now,
      start,
      end,
      allDay: e.time === null,
      summary: e.title,
      description: e.description,
      // A reminder is not a meeting: the day stays free in the calendar.
      transparency: ICalEventTransparency.TRANSPARENT,
    })
    for (const a of e.alarms) {
      // Always relative to the start: left alone, the generator ties an after-start alarm to
      // DTEND, which for an all-day event is the next day's midnight.
      event
        .createAlarm({ type: ICalAlarmType.display, trigger: a.minutesBefore * 60, description: e.title })
        .relatesTo(ICalAlarmRelatesTo.start)
    }
  }
  return cal.toString()
}

function utcMidnight(date: string): Date {
  const ymd = parseIsoDate(date)
  if (!ymd) throw new RangeError(`Not a calendar date: ${date}`)
  return new Date(Date.UTC(ymd.year, ymd.month - 1, ymd.day))
}

function japanInstant(date: string, time: string): Date {
  const [h, m] = time.split(':').map(Number) as [number, number]
  return new Date(utcMidnight(date).getTime() + (h * 60 + m) * 60_000 - JST_OFFSET_MS)
}
