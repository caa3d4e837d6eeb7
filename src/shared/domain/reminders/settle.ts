import type { CredInfo, Member } from './members'
import type { PlanClock } from './planClock'
import { isQuietTime, toJapanInstant } from './quietHours'
import type { Threshold } from './thresholds'
import type { FiredEntry, Reminder } from './types'
import type { UpcomingQueue } from './upcoming'
import type { Wording } from './wording'

/**
 * Where each reminder goes: notified now, superseded by a newer one of its group, or queued
 * for the first minute it may fire. This is what makes re-planning safe after a wake-up or a
 * restart: the log decides, so nothing is notified twice.
 */
export interface Settler {
  /** Notify now. */
  due: Reminder[]
  /** Record as superseded. */
  superseded: Reminder[]
  /** A reminder planned (or snoozed) for a minute still ahead: it fires when allowed. */
  schedule(owner: Member | CredInfo, t: Threshold | null, day: number, time: string): void
  /**
   * One reminder of a group that says the same thing at different times (the thresholds of one
   * credential expiry, the phases of one closure). Called for the group's reminders from the
   * newest planned to the oldest; `newerShown` says whether a newer one of the group has been
   * shown (or is being shown now), and the result says it for the next, older one.
   *
   * Catch-up: after the app was closed, several may have come; only the newest is worth a
   * notification, because it is the one still true ("7 days left", not "14"). The older ones
   * are superseded, never fired. A snoozed reminder that a newer one has overtaken is
   * superseded too: the owner has been told something more recent since.
   */
  settle(newerShown: boolean, m: Member): boolean
}

export function createSettler(
  clock: PlanClock,
  fired: Map<string, FiredEntry>,
  upcoming: UpcomingQueue,
  wording: Wording,
): Settler {
  const { todayDay, quiet, hasCome, beforePause } = clock
  const due: Reminder[] = []
  const superseded: Reminder[] = []

  const schedule = (owner: Member | CredInfo, t: Threshold | null, day: number, time: string): void => {
    if (beforePause(day, time)) upcoming.add(owner, t, clock.releaseDay, clock.releaseTime)
    else if (quiet !== null && isQuietTime(time, quiet)) {
      // Wrapping quiet hours (22:00–07:00) entered before midnight end on the next day.
      upcoming.add(owner, t, quiet.start > quiet.end && time >= quiet.start ? day + 1 : day, quiet.end)
    } else upcoming.add(owner, t, day, time)
  }

  /** A reminder nothing newer has replaced, planned or snoozed for (day, time). */
  const place = (m: Member, day: number, time: string): void => {
    if (!hasCome(day, time)) schedule(m, null, day, time)
    else if (clock.nowAllowed) due.push(wording.word(m, day, time, todayDay))
    else upcoming.add(m, null, clock.heldDay, clock.heldTime)
  }

  const settle = (newerShown: boolean, m: Member): boolean => {
    const entry = fired.size > 0 ? fired.get(m.id) : undefined
    if (entry !== undefined) {
      const until =
        entry.state === 'snoozed' && entry.snoozedUntil
          ? toJapanInstant(entry.snoozedUntil, 'minute', 'ceil')
          : null
      if (until !== null) {
        if (newerShown) superseded.push(wording.word(m, m.day, m.time, todayDay))
        else place(m, ...clock.splitInstant(until))
      }
      // Fired, dismissed, snoozed: the owner has seen it. Superseded: never shown.
      return newerShown || entry.state !== 'superseded'
    }
    if (!hasCome(m.day, m.time)) {
      schedule(m, null, m.day, m.time)
      return newerShown
    }
    if (newerShown) superseded.push(wording.word(m, m.day, m.time, todayDay))
    else place(m, m.day, m.time)
    return true
  }

  return { due, superseded, schedule, settle }
}
