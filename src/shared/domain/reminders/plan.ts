import { settleClosures } from './closureReminders'
import type { PlanContext } from './context'
import { settleCredentials } from './credentialReminders'
import { createDayCache } from './dayCache'
import { indexFiredLog } from './firedLog'
import { planClock } from './planClock'
import { effectiveSettings } from './settings'
import { createSettler } from './settle'
import { EXPIRED_GRACE_DAYS, thresholdsOf } from './thresholds'
import type { Plan, PlanInput } from './types'
import { createUpcoming } from './upcoming'
import { createWording } from './wording'

/**
 * The reminder planner: given the credentials, the closures, the settings, the log of what has
 * already fired and the current instant, it says what to notify now, what to record as
 * superseded, and what lies ahead. Pure: the scheduler in main owns the clock, the log and the
 * OS notifications, and can re-plan as often as it likes (after a wake-up, a restart, an edit)
 * without ever notifying the same thing twice.
 */
export function planReminders(input: PlanInput): Plan {
  const days = createDayCache()
  const settings = effectiveSettings(input.settings)
  const clock = planClock(input.now, input.settings.pausedUntil, settings.quiet, days)
  const thresholds = thresholdsOf(input.settings)
  // Only the expiry dates whose thresholds can have come by now are looked up in the log.
  const fired = indexFiredLog(
    input.fired,
    days.dateOf(clock.todayDay - EXPIRED_GRACE_DAYS),
    days.dateOf(clock.todayDay + thresholds.longest),
  )
  const wording = createWording(days, settings.notifyAt)
  const upcoming = createUpcoming(input.upcomingLimit)
  const settler = createSettler(clock, fired, upcoming, wording)
  const ctx: PlanContext = { days, clock, settings, settler }

  // Closures first: a credential's reminders name the closure its expiry endangers.
  const closures = settleClosures(input.closures, ctx)
  settleCredentials(input.credentials, closures, thresholds, ctx)

  return { due: settler.due, superseded: settler.superseded, ...upcoming.drain(wording, settings.notifyAt) }
}
