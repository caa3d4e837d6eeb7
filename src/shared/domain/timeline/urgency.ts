import { diffDays } from '../isoDate'
import type { IsoDate } from '../types'

/** How close a do-by date is: the same four words on every screen. */
export type Urgency = 'overdue' | 'today' | 'soon' | 'later'

/** Up to this many days ahead a do-by date counts as soon. */
export const SOON_DAYS = 7

export function urgencyOf(doBy: IsoDate, today: IsoDate, plannedDoBy: IsoDate = doBy): Urgency {
  if (plannedDoBy < today) return 'overdue'
  if (doBy === today) return 'today'
  return diffDays(doBy, today) <= SOON_DAYS ? 'soon' : 'later'
}

export const urgencyOrder: Record<Urgency, number> = { overdue: 0, today: 1, soon: 2, later: 3 }
