import { addDays, diffDays } from '../isoDate'
import type { BusinessDayQueries, Closure, IsoDate } from '../types'
import { phaseDates, type PhaseDateOptions, type PhaseDates, type WizardPhase } from '../wizard/phases'

/**
 * The closure's lifecycle: for a given today, which closure matters and where the shop stands
 * in it. Every screen, reminder and printout asks this one function instead of looking for
 * "the next closure" itself, so that a closure that ended yesterday is still the closure of
 * the day (its reopening checks are due now) and never reads as "no closure registered".
 *
 * States, in timeline order (each starts on its day and lasts until the next one starts):
 *   planning         more than a month ahead (before phases.monthBefore)
 *   monthBefore      from closure.start − 30 days
 *   weekBefore       from closure.start − 7 days
 *   lastBusinessDay  from the last business day before the closure until the day before it starts
 *   closed           from closure.start until the day before the reopening day (the weekend or
 *                    holiday right after the closure is still closed)
 *   reopening        from the first business day after the closure through followUpUntil
 *                    (reopening + followUpDays): stuck deferred payments, free-form mails and
 *                    calendars switched back are done in these days
 *   done             after that: history
 */
export type ClosureState =
  'planning' | 'monthBefore' | 'weekBefore' | 'lastBusinessDay' | 'closed' | 'reopening' | 'done'

/** Days after the reopening day that still belong to the closure; never fewer than this. */
export const MIN_FOLLOW_UP_DAYS = 14
export const MAX_FOLLOW_UP_DAYS = 60

export interface LifecycleOptions extends PhaseDateOptions {
  /** Days after the reopening day that belong to the closure's follow-up. Default and minimum 14. */
  followUpDays?: number
}

/** One closure with every date the timeline speaks of. */
export interface ClosureTimeline {
  closure: Closure
  phases: PhaseDates
  /** The last business day before the closure: the last day parcels leave. */
  lastBusinessDay: IsoDate
  /** The first business day after the closure: imports and mails start again. */
  reopening: IsoDate
  /** The last day of the follow-up window (reopening + followUpDays). */
  followUpUntil: IsoDate
}

export interface Lifecycle {
  today: IsoDate
  /** The closure of the day: under way, coming, or in its follow-up; the latest one once all are done. */
  current: ClosureTimeline | null
  /** null only when no closure is registered at all. */
  state: ClosureState | null
  /** The closure after the current one, shown next to it. */
  next: ClosureTimeline | null
  /**
   * The closure a credential's expiry is judged against: the first one that has not ended
   * (end >= today). On reopening day that is the next closure, because the one just over can no
   * longer be lapsed into.
   */
  riskClosure: ClosureTimeline | null
  /** closure.start − today (negative once it has started). */
  daysUntilStart: number | null
  /** today − reopening (0 on the reopening day, negative before). */
  daysSinceReopening: number | null
}

export function followUpDaysOf(options: LifecycleOptions): number {
  const n = options.followUpDays
  if (typeof n !== 'number' || !Number.isInteger(n)) return MIN_FOLLOW_UP_DAYS
  return Math.min(MAX_FOLLOW_UP_DAYS, Math.max(MIN_FOLLOW_UP_DAYS, n))
}

export function closureTimeline(
  closure: Closure,
  cal: BusinessDayQueries,
  options: LifecycleOptions = {},
): ClosureTimeline {
  const phases = phaseDates(closure, cal, options)
  return {
    closure,
    phases,
    lastBusinessDay: phases.lastBusinessDay,
    reopening: phases.afterReopening,
    followUpUntil: addDays(phases.afterReopening, followUpDaysOf(options)),
  }
}

/** The state of one closure on `today`. */
export function closureState(t: ClosureTimeline, today: IsoDate): ClosureState {
  if (today > t.followUpUntil) return 'done'
  if (today >= t.reopening) return 'reopening'
  if (today >= t.closure.start) return 'closed'
  // Before the closure: the latest preparation moment that has come (phases are in run order;
  // with a long run of holidays before a closure the last business day can come before the
  // week-before mark, and then it wins as soon as it has come).
  let state: ClosureState = 'planning'
  if (today >= t.phases.monthBefore) state = 'monthBefore'
  if (today >= t.phases.weekBefore) state = 'weekBefore'
  if (today >= t.lastBusinessDay) state = 'lastBusinessDay'
  return state
}

const byStart = (a: Closure, b: Closure) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)

/**
 * The lifecycle for `today`. The current closure is the earliest one not done yet, except that
 * a following closure takes over as soon as its own week before has come (two closures close
 * together: the second one's preparation outweighs the first one's follow-up). When every
 * closure is done, the latest is current with state 'done'.
 */
export function closureLifecycle(
  closures: readonly Closure[],
  today: IsoDate,
  cal: BusinessDayQueries,
  options: LifecycleOptions = {},
): Lifecycle {
  const timelines = [...closures].sort(byStart).map((c) => closureTimeline(c, cal, options))
  let index = timelines.findIndex((t) => today <= t.followUpUntil)
  if (index >= 0) {
    const following = timelines[index + 1]
    if (following && today >= following.phases.weekBefore) index += 1
  } else if (timelines.length > 0) {
    index = timelines.length - 1
  }
  const current = index >= 0 ? (timelines[index] ?? null) : null
  const next = index >= 0 ? (timelines[index + 1] ?? null) : null
  return {
    today,
    current,
    state: current ? closureState(current, today) : null,
    next,
    riskClosure: timelines.find((t) => t.closure.end >= today) ?? null,
    daysUntilStart: current ? diffDays(current.closure.start, today) : null,
    daysSinceReopening: current ? diffDays(today, current.reopening) : null,
  }
}

/** The closure has begun (or is over): preparation still open can no longer be done in time. */
export function closureHasStarted(state: ClosureState | null): boolean {
  return state === 'closed' || state === 'reopening' || state === 'done'
}

/** The preparation is still changeable (the wizard run is live) in every state but 'done'. */
export function isLive(state: ClosureState | null): boolean {
  return state !== null && state !== 'done'
}

const PRE_CLOSURE: ReadonlySet<WizardPhase> = new Set(['monthBefore', 'weekBefore', 'lastBusinessDay'])

/**
 * A step of this phase still open is late once the closure has begun: the one rule the plan,
 * the dashboard and the wizard's jump list share.
 */
export function isLateStep(phase: WizardPhase, closureStarted: boolean): boolean {
  return closureStarted && PRE_CLOSURE.has(phase)
}
