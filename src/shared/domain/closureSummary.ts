import type { BusinessCalendar } from './calendar'
import { diffDays } from './isoDate'
import { mailWindow, type MailWindow } from './mailWindow'
import { closureState, closureTimeline, type ClosureState } from './timeline/lifecycle'
import type { Closure, IsoDate } from './types'

/** What the screens say about a closure (the next one): computed in main, shown by the calendar and the dashboard. */
export interface ClosureSummary {
  closure: Closure
  /** Days from today to the first day; 0 or less when the closure is under way. */
  daysUntil: number
  underway: boolean
  /** Where the shop stands in this closure today (the lifecycle's state). */
  state: ClosureState
  lengthDays: number
  lastShipDay: IsoDate
  firstShipDay: IsoDate
  mail: MailWindow
}

export function closureSummary(cal: BusinessCalendar, closure: Closure, today: IsoDate): ClosureSummary {
  return {
    state: closureState(closureTimeline(closure, cal), today),
    closure,
    daysUntil: diffDays(closure.start, today),
    underway: closure.start <= today && today <= closure.end,
    lengthDays: diffDays(closure.end, closure.start) + 1,
    lastShipDay: cal.lastShipDayBefore(closure),
    firstShipDay: cal.firstShipDayAfter(closure),
    mail: mailWindow(cal, closure),
  }
}
