import type { DayCache } from './dayCache'
import type { PlanClock } from './planClock'
import type { EffectiveSettings } from './settings'
import type { Settler } from './settle'

/** What the closure and the credential reminders of one plan are planned with. */
export interface PlanContext {
  days: DayCache
  clock: PlanClock
  settings: EffectiveSettings
  settler: Settler
}
