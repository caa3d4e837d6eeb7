import { thresholdMember, type CredInfo, type Member } from './members'
import type { Threshold } from './thresholds'
import type { Reminder } from './types'
import type { Wording } from './wording'

/**
 * The reminders still ahead, by the minute they will fire, of which a plan words only the
 * earliest few hundred.
 */

/**
 * How many upcoming reminders a plan words by default: more than a small shop ever has, and
 * more than the 通知 screen shows; a shop with thousands of credentials gets the earliest.
 */
export const defaultUpcomingLimit = 500

/** A member, or a credential with one of its thresholds not made into a member yet. */
type Owner = Member | CredInfo
type Slot = Owner | Threshold | string | null

export interface UpcomingQueue {
  /** `t` null: `owner` is the member; otherwise the credential of threshold `t`. */
  add(owner: Owner, t: Threshold | null, day: number, time: string): void
  /** The earliest, worded, and the instant of the first of all (also past the limit). */
  drain(wording: Wording, notifyAt: string): { upcoming: Reminder[]; nextDueAt: string | null }
}

export function createUpcoming(upcomingLimit: number | undefined): UpcomingQueue {
  const limit = Math.max(0, Math.floor(upcomingLimit ?? defaultUpcomingLimit))
  // By day, as triples [owner, threshold, time, …]: with 10,000 credentials, 50,000 thresholds
  // lie ahead, and an object per threshold is most of the cost of a plan. Days are few, so
  // bucketing beats sorting tens of thousands of instants.
  const byDay = new Map<number, Slot[]>()

  // Once `limit` are held up to some day, later days are dropped as they come (never fewer
  // kept than `limit`, and always the first day, which gives nextDueAt).
  let lastKeptDay = Infinity
  let kept = 0
  const dropLateDays = (): void => {
    let count = 0
    for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
      if (count >= limit && count > 0) byDay.delete(day)
      else {
        count += (byDay.get(day) as Slot[]).length / 3
        lastKeptDay = day
      }
    }
    kept = count
  }

  const add = (owner: Owner, t: Threshold | null, day: number, time: string): void => {
    if (day > lastKeptDay) return
    const bucket = byDay.get(day)
    if (bucket === undefined) byDay.set(day, [owner, t, time])
    else bucket.push(owner, t, time)
    if (++kept >= 2 * limit + 100) dropLateDays()
  }

  const drain = (wording: Wording, notifyAt: string): { upcoming: Reminder[]; nextDueAt: string | null } => {
    const upcoming: Reminder[] = []
    let nextDueAt: string | null = null
    for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
      const bucket = byDay.get(day) as Slot[]
      const items: { owner: Owner; t: Threshold | null; time: string }[] = []
      for (let i = 0; i < bucket.length; i += 3) {
        items.push({
          owner: bucket[i] as Owner,
          t: bucket[i + 1] as Threshold | null,
          time: bucket[i + 2] as string,
        })
      }
      // Within a day, all but snoozed or held reminders share notifyAt.
      items.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0))
      nextDueAt ??= wording.instantOf(day, (items[0] as { time: string }).time)
      for (const { owner, t, time } of items) {
        if (upcoming.length >= limit) break
        const m = t === null ? (owner as Member) : thresholdMember(owner as CredInfo, t, notifyAt)
        upcoming.push(wording.word(m, day, time, day))
      }
      if (upcoming.length >= limit) break
    }
    return { upcoming, nextDueAt }
  }

  return { add, drain }
}
