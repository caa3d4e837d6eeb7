import type { DayCache } from './dayCache'
import { allowedJapanInstant, isQuietTime, toJapanInstant, type QuietHours } from './quietHours'

/**
 * The plan's now: what has come, and when something may fire (quiet hours, a pause).
 *
 * Instants are (day number, 'HH:MM') pairs while planning: comparing a number and a
 * five-character string is what keeps 60,000 reminders cheap. Now keeps its seconds, so a
 * planned minute has come from its first second on (09:00:30 ≥ 09:00).
 */
export interface PlanClock {
  todayDay: number
  nowTime: string
  quiet: QuietHours | null
  hasCome(day: number, time: string): boolean
  /** A Japan instant as (day number, 'HH:MM'). */
  splitInstant(key: string): [number, string]
  beforePause(day: number, time: string): boolean
  /** The first minute a pause lets through. */
  releaseDay: number
  releaseTime: string
  /** Whether what has come may fire at once. */
  nowAllowed: boolean
  /** Otherwise, the first minute it may. */
  heldDay: number
  heldTime: string
}

/** Throws a RangeError when `now` is no instant. */
export function planClock(
  now: string,
  pausedUntil: string | null,
  quiet: QuietHours | null,
  days: DayCache,
): PlanClock {
  const nowKey = toJapanInstant(now)
  if (nowKey === null) throw new RangeError(`Not an instant: ${now}`)
  const nowTime = nowKey.slice(11, 16)
  const todayDay = days.dayNumber(nowKey.slice(0, 10))
  const hasCome = (day: number, time: string): boolean =>
    day < todayDay || (day === todayDay && time <= nowTime)
  const splitInstant = (key: string): [number, string] => [
    days.dayNumber(key.slice(0, 10)),
    key.slice(11, 16),
  ]

  // A pause ends on a whole minute, rounded up so that it never ends early.
  const pauseKey = (pausedUntil && toJapanInstant(pausedUntil, 'minute', 'ceil')) || null
  const [pauseDay, pauseTime] = pauseKey ? splitInstant(pauseKey) : [-Infinity, '']
  const beforePause = (day: number, time: string): boolean =>
    day < pauseDay || (day === pauseDay && time < pauseTime)
  // A pause that ends inside quiet hours lasts until they end too.
  const [releaseDay, releaseTime] = pauseKey ? splitInstant(allowedJapanInstant(pauseKey, quiet)) : [0, '']

  // Nothing fires inside quiet hours or a pause: what has come waits for the first allowed minute.
  const paused = beforePause(todayDay, nowTime)
  const [heldDay, heldTime] = paused
    ? [releaseDay, releaseTime]
    : splitInstant(allowedJapanInstant(nowKey, quiet))
  return {
    todayDay,
    nowTime,
    quiet,
    hasCome,
    splitInstant,
    beforePause,
    releaseDay,
    releaseTime,
    nowAllowed: !paused && !isQuietTime(nowTime, quiet),
    heldDay,
    heldTime,
  }
}
