import type { PlanContext } from './context'
import { phaseMember, type ClosureInfo, type Member } from './members'
import type { ClosurePhaseKind } from './text'
import type { ClosureForReminders } from './types'

/** The four reminders of a closure's timeline: a month before, the wizard, the last business day, reopening. */

/** Closures long over stop reminding; a week covers a late look at the reopening checks. */
const CLOSURE_GRACE_DAYS = 7
const MONTH_BEFORE_DAYS = 30

/** Closure reminders in timeline order; ties on the same day keep this order. */
const PHASE_RANK: Record<ClosurePhaseKind, number> = {
  phaseMonthBefore: 0,
  wizardStart: 1,
  finalCheck: 2,
  afterReopening: 3,
}

/** Settles each closure's phases; returns the closures still current, for the credentials' risks. */
export function settleClosures(closures: ClosureForReminders[], ctx: PlanContext): ClosureInfo[] {
  const { days, settings, settler } = ctx
  const { todayDay } = ctx.clock
  const current: ClosureInfo[] = []
  for (const c of closures) {
    const startDay = days.dayNumber(c.closure.start)
    const reopeningDay = days.dayNumber(c.reopening)
    const lastBusinessDay = days.dayNumber(c.lastBusinessDay)
    if (Number.isNaN(startDay + reopeningDay + lastBusinessDay)) continue
    if (reopeningDay + CLOSURE_GRACE_DAYS < todayDay) continue
    const info: ClosureInfo = {
      c,
      startDay,
      safeUntil: days.dateOf(reopeningDay + settings.marginDays),
      risk: null,
    }
    current.push(info)
    const phase = (kind: ClosurePhaseKind, day: number): Member =>
      phaseMember(kind, info, day, settings.notifyAt)
    const phases = [
      phase('phaseMonthBefore', startDay - MONTH_BEFORE_DAYS),
      phase('wizardStart', startDay - settings.wizardLeadDays),
      phase('finalCheck', lastBusinessDay),
      phase('afterReopening', reopeningDay),
    ]
    // Newest first. The timeline decides which phase is the newest; the rank breaks same-day ties.
    phases.sort(
      (a, b) =>
        b.day - a.day || PHASE_RANK[b.kind as ClosurePhaseKind] - PHASE_RANK[a.kind as ClosurePhaseKind],
    )
    let newerShown = false
    for (const m of phases) newerShown = settler.settle(newerShown, m)
  }
  return current
}
