import { addDays } from '../isoDate'
import { MIN_FOLLOW_UP_DAYS } from '../timeline/lifecycle'
import type { Closure, IsoDate } from '../types'
import type { PhaseDates } from './phases'

/**
 * When a closure's preparation run is "live" (its steps can still change) and which closure the
 * wizard opens on by default.
 *
 * A run stays live from its creation until RUN_DAYS_AFTER_REOPENING days after the reopening
 * day: the after-reopening checks (stuck deferred-payment orders, free-form mails, calendars
 * switched back) are done in the first days back, and the one-week mail window is over by then.
 * After that the run is history: readable, never changed again.
 */
export const RUN_DAYS_AFTER_REOPENING = MIN_FOLLOW_UP_DAYS

/**
 * The last day on which the run of a closure with these phase dates can change: the end of the
 * closure's follow-up window (timeline/lifecycle.ts), so the wizard and the dashboard agree.
 */
export function runOpenUntil(
  dates: Pick<PhaseDates, 'afterReopening'>,
  followUpDays: number = RUN_DAYS_AFTER_REOPENING,
): IsoDate {
  return addDays(dates.afterReopening, followUpDays)
}

export function runIsLive(
  dates: Pick<PhaseDates, 'afterReopening'>,
  today: IsoDate,
  followUpDays: number = RUN_DAYS_AFTER_REOPENING,
): boolean {
  return today <= runOpenUntil(dates, followUpDays)
}

/**
 * The closure the wizard shows when none is asked for: the earliest one whose run is still
 * live (under way, coming, or just over and still in its after-reopening days). null when
 * every closure is history or none is registered.
 */
export function wizardClosure(
  closures: readonly Closure[],
  today: IsoDate,
  reopeningOf: (closure: Closure) => IsoDate,
): Closure | null {
  const sorted = [...closures].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
  return sorted.find((c) => runIsLive({ afterReopening: reopeningOf(c) }, today)) ?? null
}
