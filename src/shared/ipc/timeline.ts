import type { ClosureSummary } from '../domain/closureSummary'
import type { Lifecycle } from '../domain/timeline/lifecycle'
import type { PlanAction } from '../domain/timeline/actionPlan'
import type { IsoDate } from '../domain/types'
import { channel } from './channel'
import { empty } from './schemas'

/** Counts over the whole plan, for "x of y" and "and N more". */
export interface PlanCounts {
  open: number
  done: number
  skipped: number
  contradicted: number
  overdue: number
  total: number
}

/**
 * Everything the dashboard's first screen shows, in one answer: the closure of the day and its
 * state, and the action plan cut to what the state asks for. Lists are cut to their first items
 * (with counts) so the answer stays small whatever the number of shops.
 */
export interface DashboardView {
  today: IsoDate
  lifecycle: Lifecycle
  /** The closure of the day's dates and mail window; null without one. */
  summary: ClosureSummary | null
  /** The first three open actions of the day (not late), by do-by date then severity. */
  doFirst: PlanAction[]
  /** The open actions after those, up to a screenful. */
  more: PlanAction[]
  /** Open actions beyond doFirst and more. */
  moreHidden: number
  /** Preparation left open after the closure began: listed once, after the rest. */
  late: PlanAction[]
  lateHidden: number
  /** From the reopening day through the follow-up: the checks of the day and what ran out. */
  reopening: { checks: PlanAction[]; expired: PlanAction[]; expiredHidden: number } | null
  /** While closed: what has stopped and what still runs out before reopening. */
  closed: { stopped: PlanAction[]; expiresBeforeReopening: PlanAction[] } | null
  counts: PlanCounts
  shopCount: number
  /** The preparation run of the closure of the day, when it is live. */
  runId: string | null
}

export const timelineChannels = {
  /** The dashboard in one request: lifecycle, plan and the state's own lists. */
  getDashboard: channel<DashboardView>()(empty),
}
