import { fromDayNumber, ymdToDayNumber } from './isoDate'

/**
 * A cache that answers business-day questions in O(1) over day numbers.
 *
 * Ship dates are computed for every order and every what-if the screens show, so walking the
 * calendar day by day (and re-checking weekdays, holidays and closures on each day) is too
 * slow. Instead the index keeps, for a range of whole years:
 *   - open[i]:  1 when day start+i is a business day,
 *   - rank[i]:  how many business days lie in [start, start+i),
 *   - days[k]:  the day number of the k-th business day of the range.
 * "The n-th business day after d" is then days[rank of d + n], and a count between two dates
 * is a subtraction. The range grows (whole years, with a year of slack) when a question
 * reaches outside it; it is never rebuilt per call.
 */

/** Fills open[i] with 1 when day startDay + i is a business day, 0 otherwise. */
export type OpenDayFiller = (startDay: number, open: Uint8Array) => void

/** The dates isoDate.ts accepts: the index never grows past them. */
export const MIN_DAY = ymdToDayNumber({ year: 1900, month: 1, day: 1 })
export const MAX_DAY = ymdToDayNumber({ year: 2200, month: 12, day: 31 })

/**
 * How far next/prev look before giving up. Three years is longer than any real closure, so
 * finding nothing means the settings close every day (e.g. all seven weekdays off).
 */
export const SCAN_DAYS = 3 * 366

const YEAR_SLACK = 366

export class BusinessDayIndex {
  private start = 0
  private end = -1 // inclusive; end < start means nothing is built yet
  private open = new Uint8Array(0)
  private rank = new Int32Array(1)
  private days = new Int32Array(0)

  constructor(private readonly fill: OpenDayFiller) {}

  isOpen(day: number): boolean {
    if (day < this.start || day > this.end) this.cover(day, day)
    return this.open[day - this.start] === 1
  }

  /** The first business day strictly after `day`. */
  next(day: number): number {
    this.cover(day, day + SCAN_DAYS)
    const k = this.rank[day + 1 - this.start]!
    if (k < this.days.length) {
      const found = this.days[k]!
      if (found - day <= SCAN_DAYS) return found
    }
    throw noBusinessDay('after', day)
  }

  /** The last business day strictly before `day`. */
  prev(day: number): number {
    this.cover(day - SCAN_DAYS, day)
    const k = this.rank[day - this.start]!
    if (k > 0) {
      const found = this.days[k - 1]!
      if (day - found <= SCAN_DAYS) return found
    }
    throw noBusinessDay('before', day)
  }

  onOrAfter(day: number): number {
    return this.isOpen(day) ? day : this.next(day)
  }

  onOrBefore(day: number): number {
    return this.isOpen(day) ? day : this.prev(day)
  }

  /**
   * n >= 0: the n-th business day after onOrAfter(day) (n = 0 gives onOrAfter(day)).
   * n < 0: the |n|-th business day before onOrBefore(day), the mirror image.
   */
  add(day: number, n: number): number {
    if (!Number.isInteger(n)) throw new RangeError(`Business days must be a whole number, got ${n}`)
    return n >= 0 ? this.forward(day, n) : this.backward(day, -n)
  }

  /** Business days d with from < d <= to; 0 when to <= from. */
  countBetween(from: number, to: number): number {
    if (to <= from) return 0
    this.cover(from, to)
    return this.rank[to + 1 - this.start]! - this.rank[from + 1 - this.start]!
  }

  private forward(day: number, n: number): number {
    const first = this.onOrAfter(day)
    for (;;) {
      // `first` is open, so rank at its offset is its own position in `days`.
      const k = this.rank[first - this.start]! + n
      if (k < this.days.length) return this.days[k]!
      const before = this.days.length
      if (this.end >= MAX_DAY) throw outOfRange(first, n)
      this.cover(first, this.end + Math.max(SCAN_DAYS, 2 * (k - before + 1)))
      if (this.days.length === before) throw noBusinessDay('after', first)
    }
  }

  private backward(day: number, n: number): number {
    const last = this.onOrBefore(day)
    for (;;) {
      const ownRank = this.rank[last - this.start]!
      const k = ownRank - n
      if (k >= 0) return this.days[k]!
      if (this.start <= MIN_DAY) throw outOfRange(last, -n)
      this.cover(this.start - Math.max(SCAN_DAYS, 2 * -k), last)
      if (this.rank[last - this.start] === ownRank) throw noBusinessDay('before', last)
    }
  }

  /** Makes [from, to] part of the built range, clamped to the supported dates. */
  private cover(from: number, to: number): void {
    if (from >= this.start && to <= this.end) return
    let lo = from - YEAR_SLACK
    let hi = to + YEAR_SLACK
    if (this.end >= this.start) {
      lo = from < this.start ? lo : this.start
      hi = to > this.end ? hi : this.end
    }
    lo = yearStartOf(Math.max(lo, MIN_DAY))
    hi = yearEndOf(Math.min(hi, MAX_DAY))
    if (lo === this.start && hi === this.end) return // already as large as it may get
    this.build(lo, hi)
  }

  private build(lo: number, hi: number): void {
    const length = hi - lo + 1
    const open = new Uint8Array(length)
    this.fill(lo, open)
    const rank = new Int32Array(length + 1)
    let count = 0
    for (let i = 0; i < length; i++) {
      rank[i] = count
      count += open[i]!
    }
    rank[length] = count
    const days = new Int32Array(count)
    for (let i = 0, k = 0; i < length; i++) if (open[i] === 1) days[k++] = lo + i
    this.start = lo
    this.end = hi
    this.open = open
    this.rank = rank
    this.days = days
  }
}

function yearStartOf(day: number): number {
  const year = Number(fromDayNumber(day).slice(0, 4))
  return ymdToDayNumber({ year, month: 1, day: 1 })
}

function yearEndOf(day: number): number {
  const year = Number(fromDayNumber(day).slice(0, 4))
  return ymdToDayNumber({ year, month: 12, day: 31 })
}

function noBusinessDay(direction: 'after' | 'before', day: number): RangeError {
  return new RangeError(
    `No business day within 3 years ${direction} ${fromDayNumber(day)}: the calendar settings close ` +
      'every day (check the weekly days off, closures and extra non-business days)',
  )
}

function outOfRange(day: number, n: number): RangeError {
  return new RangeError(
    `Moving ${n} business days from ${fromDayNumber(day)} leaves the supported dates (1900–2200)`,
  )
}
