import { addDays, isValidIsoDate, japanDateTime } from '../isoDate'
import { isTimeOfDay } from '../timeOfDay'

/**
 * Instants in Japan time, and the quiet hours in which no notification may appear.
 *
 * Every instant the reminder module writes has the form 'YYYY-MM-DDTHH:MM:SS+09:00' (Japan has
 * no daylight saving, so the offset never changes). Because the offset and the width never
 * vary, two such strings compare in time order with `<`, and the date and the time of day can be
 * read off by position, whatever time zone the machine is in. Instants from outside (now,
 * pausedUntil, snoozedUntil) may have any offset; they are converted once.
 */

export interface QuietHours {
  start: string
  end: string
}

const JAPAN_INSTANT = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\+09:00$/

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** 'YYYY-MM-DD' + 'HH:MM' → the Japan-time instant string at that minute. */
export function japanInstantAt(date: string, time: string): string {
  return `${date}T${time}:00+09:00`
}

/**
 * Any ISO instant → 'YYYY-MM-DDTHH:MM:SS+09:00', or null when it is not an instant.
 * `round` decides what happens to the part below the unit: 'floor' for "now" (never claim a
 * moment that has not come yet), 'ceil' for limits such as a pause (never end it early).
 */
export function toJapanInstant(
  instant: string,
  unit: 'second' | 'minute' = 'second',
  round: 'floor' | 'ceil' = 'floor',
): string | null {
  // A date that does not exist is no instant (Date would roll 02-30 over into March).
  if (!isValidIsoDate(instant.slice(0, 10))) return null
  if (JAPAN_INSTANT.test(instant) && (unit === 'second' || instant.slice(17, 19) === '00')) return instant
  const ms = new Date(instant).getTime()
  return Number.isFinite(ms) ? japanInstantFromMs(ms, unit, round) : null
}

/** Epoch milliseconds → 'YYYY-MM-DDTHH:MM:SS+09:00', rounded to the unit. */
export function japanInstantFromMs(
  ms: number,
  unit: 'second' | 'minute' = 'second',
  round: 'floor' | 'ceil' = 'floor',
): string {
  const step = unit === 'minute' ? 60_000 : 1000
  const rounded = (round === 'ceil' ? Math.ceil(ms / step) : Math.floor(ms / step)) * step
  const { date, time } = japanDateTime(new Date(rounded))
  const seconds = Math.floor(rounded / 1000) % 60
  return `${date}T${time}:${pad2(seconds < 0 ? seconds + 60 : seconds)}+09:00`
}

/** Quiet hours that cannot be read, or that start and end at the same minute, are no quiet hours. */
export function normalizeQuietHours(quiet: QuietHours | null | undefined): QuietHours | null {
  if (!quiet || !isTimeOfDay(quiet.start) || !isTimeOfDay(quiet.end) || quiet.start === quiet.end) return null
  return quiet
}

/** Whether a time of day 'HH:MM' lies inside quiet hours; the end minute is already allowed. */
export function isQuietTime(time: string, quiet: QuietHours | null): boolean {
  if (!quiet) return false
  // A start later than the end means the quiet hours wrap midnight (22:00–07:00).
  if (quiet.start < quiet.end) return time >= quiet.start && time < quiet.end
  return time >= quiet.start || time < quiet.end
}

/** nextAllowedInstant for an instant already in Japan-instant form and normalized quiet hours. */
export function allowedJapanInstant(key: string, quiet: QuietHours | null): string {
  if (!quiet) return key
  const time = key.slice(11, 16)
  if (!isQuietTime(time, quiet)) return key
  const date = key.slice(0, 10)
  // Inside wrapping quiet hours and before midnight, they end on the next calendar day.
  const endDate = quiet.start > quiet.end && time >= quiet.start ? addDays(date, 1) : date
  return japanInstantAt(endDate, quiet.end)
}

/**
 * Moves an instant inside quiet hours to the first minute after them (the end minute, Japan
 * time); any other instant comes back unchanged in Japan-instant form. Throws on a string
 * that is not an instant.
 */
export function nextAllowedInstant(instant: string, quietHours: QuietHours | null): string {
  const key = toJapanInstant(instant)
  if (key === null) throw new RangeError(`Not an instant: ${instant}`)
  return allowedJapanInstant(key, normalizeQuietHours(quietHours))
}
