import { fromDayNumber, isValidIsoDate, toDayNumber } from '../isoDate'
import type { IsoDate } from '../types'

/**
 * Dates ↔ day numbers, memoized for one plan: 10,000 credentials share a few hundred distinct
 * days, and the conversions are the measured cost of a plan, not the map look-ups.
 */
export interface DayCache {
  /** NaN for a string that is no calendar date. */
  dayNumber(date: IsoDate): number
  dateOf(day: number): IsoDate
}

export function createDayCache(): DayCache {
  const dayNumbers = new Map<string, number>()
  const dates = new Map<number, IsoDate>()
  return {
    dayNumber(date) {
      let n = dayNumbers.get(date)
      if (n === undefined) dayNumbers.set(date, (n = isValidIsoDate(date) ? toDayNumber(date) : NaN))
      return n
    },
    dateOf(day) {
      let d = dates.get(day)
      if (d === undefined) dates.set(day, (d = fromDayNumber(day)))
      return d
    },
  }
}
