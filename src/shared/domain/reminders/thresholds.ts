import type { ReminderSettings } from './settings'

/** The days before an expiry at which a credential is reminded of, per credential kind. */

export interface Threshold {
  days: number
  /** As written in the reminder id. */
  text: string
}

/** Stands for the 'expired' reminder in the upcoming queue, beside the real thresholds. */
export const EXPIRED: Threshold = { days: -1, text: 'expired' }

/** Thresholds of an expiry more than a day past are not planned again: the 'expired' reminder speaks for them. */
export const EXPIRED_GRACE_DAYS = 1

/** Days before expiry, largest first (= earliest first); nonsense values are dropped. */
function cleanThresholds(list: unknown): Threshold[] {
  if (!Array.isArray(list)) return []
  const set = new Set<number>()
  for (const t of list) if (typeof t === 'number' && Number.isInteger(t) && t >= 0) set.add(t)
  return [...set].sort((a, b) => b - a).map((days) => ({ days, text: String(days) }))
}

export interface Thresholds {
  /** A kind's own list, or the default one; empty: its reminders are switched off. */
  forKind(kindId: string): Threshold[]
  /** The most days before an expiry that any kind reminds at. */
  longest: number
}

export function thresholdsOf(settings: ReminderSettings): Thresholds {
  const defaults = cleanThresholds(settings.defaultThresholds)
  // 10,000 credentials share a handful of kinds: each list is cleaned once.
  const byKind = new Map<string, Threshold[]>()
  const forKind = (kindId: string): Threshold[] => {
    let list = byKind.get(kindId)
    if (list === undefined) {
      const own = Object.prototype.hasOwnProperty.call(settings.thresholdsByKind, kindId)
        ? settings.thresholdsByKind[kindId]
        : undefined
      list = own !== undefined ? cleanThresholds(own) : defaults
      byKind.set(kindId, list)
    }
    return list
  }
  let longest = defaults[0]?.days ?? 0
  for (const list of Object.values(settings.thresholdsByKind)) {
    longest = Math.max(longest, cleanThresholds(list)[0]?.days ?? 0)
  }
  return { forKind, longest }
}
