import { closureSummary } from '@shared/domain/closureSummary'
import {
  buildActionPlan,
  closedOverview,
  isOpen,
  reopeningChecklist,
  type ActionPlan,
  type PlanAction,
} from '@shared/domain/timeline'
import type { DashboardView, PlanCounts } from '@shared/ipc/timeline'
import type { CalendarService } from './calendarService'
import type { ShopsService } from './shopsService'
import type { WizardService } from './wizardService'

/** How many actions each list of the dashboard carries; counts say how many more there are. */
export const DASHBOARD_LIMITS = { doFirst: 3, more: 10, late: 6, expired: 12, closed: 12 } as const

/**
 * The action plan for the closure of the day (shared/domain/timeline), assembled from the
 * calendar, the shops and the preparation run, and the dashboard cut from it.
 */
export class TimelineService {
  constructor(
    private readonly deps: { calendar: CalendarService; shops: ShopsService; wizard: WizardService },
  ) {}

  plan(): ActionPlan & { runId: string | null } {
    // The wizard's read comes first: it may create or update the run it evaluates.
    const { runId, steps } = this.deps.wizard.planSteps()
    const plan = buildActionPlan({
      lifecycle: this.deps.calendar.lifecycle(),
      calendar: this.deps.calendar.calendar(),
      credentials: this.deps.shops.planCredentials(),
      steps,
    })
    return { ...plan, runId }
  }

  dashboard(): DashboardView {
    const plan = this.plan()
    const { lifecycle } = plan
    const cal = this.deps.calendar.calendar()
    const open = plan.actions.filter(isOpen)
    const onTime = open.filter((a) => !a.late)
    const late = open.filter((a) => a.late)
    const state = lifecycle.state
    const L = DASHBOARD_LIMITS

    let reopening: DashboardView['reopening'] = null
    if (state === 'reopening') {
      const r = reopeningChecklist(plan)
      reopening = {
        checks: r.checks,
        expired: r.expired.slice(0, L.expired),
        expiredHidden: Math.max(0, r.expired.length - L.expired),
      }
    }
    let closed: DashboardView['closed'] = null
    if (state === 'closed') {
      const c = closedOverview(plan)
      closed = {
        stopped: c.stopped.slice(0, L.closed),
        expiresBeforeReopening: c.expiresBeforeReopening.slice(0, L.closed),
      }
    }
    // The state's own panel leads (the reopening checklist, what has stopped while closed); the
    // day's other actions follow it, without repeating it.
    const shown = new Set<string>(
      [
        ...(reopening?.checks ?? []),
        ...(reopening?.expired ?? []),
        ...(closed?.stopped ?? []),
        ...(closed?.expiresBeforeReopening ?? []),
      ].map((a) => a.id),
    )
    const rest = onTime.filter((a) => !shown.has(a.id))
    const current = lifecycle.current?.closure ?? null
    return {
      today: lifecycle.today,
      lifecycle,
      summary: current ? closureSummary(cal, current, lifecycle.today) : null,
      doFirst: rest.slice(0, L.doFirst),
      more: rest.slice(L.doFirst, L.doFirst + L.more),
      moreHidden: Math.max(0, rest.length - L.doFirst - L.more),
      late: late.slice(0, L.late),
      lateHidden: Math.max(0, late.length - L.late),
      reopening,
      closed,
      counts: counts(plan.actions),
      shopCount: this.deps.shops.shopCount(),
      runId: plan.runId,
    }
  }
}

function counts(actions: readonly PlanAction[]): PlanCounts {
  const c: PlanCounts = { open: 0, done: 0, skipped: 0, contradicted: 0, overdue: 0, total: actions.length }
  for (const a of actions) {
    c[a.state] += 1
    if (isOpen(a) && a.urgency === 'overdue') c.overdue += 1
  }
  return c
}
