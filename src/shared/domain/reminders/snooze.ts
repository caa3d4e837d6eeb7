import { addDays, japanDateTime } from '../isoDate'
import { allowedJapanInstant, japanInstantAt, japanInstantFromMs } from './quietHours'
import { effectiveSettings, type ReminderSettings } from './settings'

/**
 * When a snoozed reminder comes back. '1h' keeps the minute; 'tomorrow' and '3d' come back at
 * the usual notification time, because a shop owner plans the day, not the hour. Never inside
 * quiet hours.
 */
export function snoozeUntil(
  option: '1h' | 'tomorrow' | '3d',
  now: string,
  settings: ReminderSettings,
): string {
  const { quiet, notifyAt } = effectiveSettings(settings)
  const ms = new Date(now).getTime()
  if (!Number.isFinite(ms)) throw new RangeError(`Not an instant: ${now}`)
  if (option === '1h') return allowedJapanInstant(japanInstantFromMs(ms + 3600_000, 'minute', 'ceil'), quiet)
  const { date } = japanDateTime(new Date(ms))
  return allowedJapanInstant(japanInstantAt(addDays(date, option === 'tomorrow' ? 1 : 3), notifyAt), quiet)
}
