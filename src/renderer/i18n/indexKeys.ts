/** A day of the week as the message tables number it (0 = Sunday), checked at the boundary. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6
/** A month as the message tables number it (1 = January). */
export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12

function inRange(n: number, min: number, max: number, what: string): void {
  if (!Number.isInteger(n) || n < min || n > max) throw new RangeError(`${what} out of range: ${n}`)
}

/** A number from date code (Date#getDay, weekdayOf) as a weekday key: a wrong one throws. */
export function weekday(n: number): Weekday {
  inRange(n, 0, 6, 'weekday')
  return n as Weekday
}

/** A month number as a month-name key: a wrong one throws. */
export function month(n: number): Month {
  inRange(n, 1, 12, 'month')
  return n as Month
}
