import { createBusinessCalendar } from './calendar'
import { diffDays, isValidIsoDate } from './isoDate'
import type { CalendarSettings, Closure, IsoDate } from './types'

export interface ClosureDraftPreview {
  lengthDays: number
  lastShipDay: IsoDate
  firstShipDay: IsoDate
}

/**
 * What a closure being typed would give (its length, last and first ship days), with the
 * draft in place of the closure it edits so that the old dates of that closure do not count.
 * Null until both dates read as dates in the right order: forms show it while the user types.
 */
export function previewClosureDraft(
  settings: CalendarSettings,
  draft: { id?: string | null; name: string; start: string; end: string },
  today: IsoDate | null,
): ClosureDraftPreview | null {
  const { start, end } = draft
  if (!isValidIsoDate(start) || !isValidIsoDate(end) || end < start) return null
  const closure: Closure = { id: draft.id ?? '__draft__', name: draft.name, start, end }
  const cal = createBusinessCalendar(
    { ...settings, closures: [...settings.closures.filter((c) => c.id !== closure.id), closure] },
    { today: today ?? undefined },
  )
  return {
    lengthDays: diffDays(end, start) + 1,
    lastShipDay: cal.lastShipDayBefore(closure),
    firstShipDay: cal.firstShipDayAfter(closure),
  }
}
