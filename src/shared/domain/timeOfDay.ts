/**
 * The one rule for a time of day, 'HH:MM' from 00:00 to 23:59 (Japan time wherever it is read):
 * the channel schemas, the calendar and reminder checks, the quiet hours and the forms use it.
 */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/

export function isTimeOfDay(text: unknown): text is string {
  return typeof text === 'string' && TIME_OF_DAY.test(text)
}
