import { addDays, fromDayNumber, isValidIsoDate, japanDateTime, toDayNumber } from '../isoDate'
import type { Bilingual, Closure, IsoDate } from '../types'
import {
  allowedJapanInstant,
  isQuietTime,
  isTimeOfDay,
  japanInstantAt,
  japanInstantFromMs,
  normalizeQuietHours,
  toJapanInstant,
  type QuietHours,
} from './quietHours'
import { closurePhaseText, credentialTexts, type ClosurePhaseKind, type CredentialTexts } from './text'

/**
 * The reminder planner: given the credentials, the closures, the settings, the log of what has
 * already fired and the current instant, it says what to notify now, what to record as
 * superseded, and what lies ahead. Pure: the scheduler in main owns the clock, the log and the
 * OS notifications, and can re-plan as often as it likes (after a wake-up, a restart, an edit)
 * without ever notifying the same thing twice.
 */

export type ReminderKind =
  'credentialExpiry' | 'closureRisk' | 'wizardStart' | 'finalCheck' | 'afterReopening' | 'phaseMonthBefore'

export interface ReminderSettings {
  /** Credential kind id → days before expiry at which to remind. */
  thresholdsByKind: Record<string, number[]>
  /** For kinds without their own list. */
  defaultThresholds: number[]
  /** The wizard reminder fires this many days before the closure's first day. */
  wizardLeadDays: number
  /** Credentials expiring up to reopening + this many days are a risk for the closure. */
  marginDays: number
  /** 'HH:MM' Japan time at which date-based reminders fire. */
  notifyAt: string
  /** 'HH:MM'..'HH:MM' Japan time, may wrap midnight; nothing fires inside. */
  quietHours: QuietHours | null
  /** ISO instant: nothing fires before it ("pause reminders for today"). */
  pausedUntil: string | null
}

export const defaultReminderSettings: ReminderSettings = {
  thresholdsByKind: {},
  defaultThresholds: [30, 14, 7, 3, 1, 0],
  wizardLeadDays: 7,
  marginDays: 7,
  notifyAt: '09:00',
  quietHours: null,
  pausedUntil: null,
}

export interface CredentialForReminders {
  id: string
  shopName: string
  mallName: Bilingual
  kindId: string
  kindName: Bilingual
  label: string
  expiresOn: IsoDate
}

/** A closure with the days the calendar computed for it (the caller asks the calendar). */
export interface ClosureForReminders {
  closure: Closure
  lastBusinessDay: IsoDate
  reopening: IsoDate
}

export interface FiredEntry {
  reminderId: string
  /** ISO instant. */
  firedAt: string
  state: 'fired' | 'snoozed' | 'dismissed' | 'superseded'
  snoozedUntil: string | null
}

export interface Reminder {
  /** Stable identity (subject + kind + threshold): the key of the fired log. */
  id: string
  kind: ReminderKind
  /** 'YYYY-MM-DDTHH:MM:00+09:00'. For upcoming reminders: when it will really fire. */
  dueAt: string
  subject: { type: 'credential' | 'closure'; id: string }
  /** Where a click on the notification opens the app. */
  route: string
  title: Bilingual
  body: Bilingual
  severity: 'critical' | 'warning' | 'info'
}

export interface PlanInput {
  /** ISO instant, any offset. */
  now: string
  credentials: CredentialForReminders[]
  closures: ClosureForReminders[]
  settings: ReminderSettings
  /** The log in the order it was written: for one reminder, a later entry overrides an earlier one. */
  fired: FiredEntry[]
}

export interface Plan {
  /** Notify now, then record each as 'fired'. */
  due: Reminder[]
  /** Record each as 'superseded': a newer reminder of the same subject said it already. */
  superseded: Reminder[]
  /** Still ahead (including snoozed and held back by quiet hours or a pause), by dueAt. */
  upcoming: Reminder[]
  /** When to plan again: the first dueAt of upcoming, or null. */
  nextDueAt: string | null
}

/** Closures long over stop reminding; a week covers a late look at the reopening checks. */
const CLOSURE_GRACE_DAYS = 7
/** One 'expired' reminder is useful; a credential expired for days is the status screen's job. */
const EXPIRED_GRACE_DAYS = 1
const MONTH_BEFORE_DAYS = 30

const PHASE_ROUTE: Record<ClosurePhaseKind, string> = {
  phaseMonthBefore: 'monthBefore',
  wizardStart: 'weekBefore',
  finalCheck: 'lastDay',
  afterReopening: 'afterReopening',
}

/** Closure reminders in timeline order; ties on the same day keep this order. */
const PHASE_RANK: Record<ClosurePhaseKind, number> = {
  phaseMonthBefore: 0,
  wizardStart: 1,
  finalCheck: 2,
  afterReopening: 3,
}

const PHASE_SEVERITY: Record<ClosurePhaseKind, Reminder['severity']> = {
  phaseMonthBefore: 'info',
  wizardStart: 'warning',
  finalCheck: 'warning',
  afterReopening: 'warning',
}

/**
 * One reminder the planner considered, planned for `time` ('HH:MM', Japan) on day number
 * `day`. Instants are kept as (day number, time) pairs while planning: comparing two numbers
 * and two five-character strings is what makes 60,000 reminders cheap; the ISO string is only
 * written for the reminders the plan returns.
 */
interface Member {
  /** The reminder id is `${key}:${last}`, split so that the fired log is searched per subject. */
  key: string
  last: string
  /** What the fired log says about it. */
  entry: FiredEntry | undefined
  kind: ReminderKind
  day: number
  time: string
  cred: CredInfo | null
  closure: ClosureInfo | null
}

interface CredInfo {
  cred: CredentialForReminders
  expiresDay: number
  /** The first closure the expiry falls in (or just after): worded into the expiry reminders. */
  riskClosure: ClosureForReminders | null
  route: string
  texts: CredentialTexts | null
}

interface ClosureInfo {
  c: ClosureForReminders
  startDay: number
  safeUntil: IsoDate
  /** For a closureRisk member: the credential at risk. */
  risk: CredInfo | null
}

function wholeDays(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback
}

interface Threshold {
  days: number
  /** As written in the reminder id. */
  text: string
}

/** Days before expiry, largest first (= earliest first); nonsense values are dropped. */
function cleanThresholds(list: unknown): Threshold[] {
  if (!Array.isArray(list)) return []
  const set = new Set<number>()
  for (const t of list) if (typeof t === 'number' && Number.isInteger(t) && t >= 0) set.add(t)
  return [...set].sort((a, b) => b - a).map((days) => ({ days, text: String(days) }))
}

interface FiredIndex {
  /** The entries of the reminders whose id is `${key}:<something without ':'>`, by that last part. */
  group(key: string): Map<string, FiredEntry> | undefined
  /** An id cut at its last ':', with its entry. */
  split(id: string): { key: string; last: string; entry: FiredEntry | undefined }
}

/**
 * The fired log indexed by subject: the id up to its last ':' (credential + expiry date, …),
 * then the last part (the threshold, …). One look-up per credential instead of one per
 * threshold, and a map of 10,000 subjects instead of 50,000 rows.
 *
 * For each reminder only its latest log entry counts, except that dismissed and superseded are
 * final: nothing the scheduler writes later may bring such a reminder back.
 */
function indexFiredLog(log: FiredEntry[]): FiredIndex {
  const groups = new Map<string, Map<string, FiredEntry>>()
  for (const entry of log) {
    const id = entry.reminderId
    const cut = id.lastIndexOf(':')
    const key = id.slice(0, cut < 0 ? 0 : cut)
    const last = id.slice(cut + 1)
    let group = groups.get(key)
    if (group === undefined) groups.set(key, (group = new Map()))
    const prev = group.get(last)
    if (prev !== undefined && (prev.state === 'dismissed' || prev.state === 'superseded')) continue
    group.set(last, entry)
  }
  return {
    group: (key) => (groups.size === 0 ? undefined : groups.get(key)),
    split(id) {
      const cut = id.lastIndexOf(':')
      const key = id.slice(0, cut < 0 ? 0 : cut)
      const last = id.slice(cut + 1)
      return { key, last, entry: groups.get(key)?.get(last) }
    },
  }
}

export function planReminders(input: PlanInput): Plan {
  const { settings } = input
  const nowKey = toJapanInstant(input.now)
  if (nowKey === null) throw new RangeError(`Not an instant: ${input.now}`)
  const nowTime = nowKey.slice(11, 16)
  const notifyAt = isTimeOfDay(settings.notifyAt) ? settings.notifyAt : defaultReminderSettings.notifyAt
  const quiet = normalizeQuietHours(settings.quietHours)
  const quietWraps = quiet !== null && quiet.start > quiet.end
  const wizardLeadDays = wholeDays(settings.wizardLeadDays, defaultReminderSettings.wizardLeadDays)
  const marginDays = wholeDays(settings.marginDays, defaultReminderSettings.marginDays)

  // Day arithmetic is memoized: 10,000 credentials share a few hundred distinct days.
  const dayNumbers = new Map<string, number>()
  /** NaN for a string that is no calendar date. */
  const dayNumber = (date: IsoDate): number => {
    let n = dayNumbers.get(date)
    if (n === undefined) dayNumbers.set(date, (n = isValidIsoDate(date) ? toDayNumber(date) : NaN))
    return n
  }
  const dates = new Map<number, IsoDate>()
  const dateOf = (n: number): IsoDate => {
    let d = dates.get(n)
    if (d === undefined) dates.set(n, (d = fromDayNumber(n)))
    return d
  }
  const todayDay = dayNumber(nowKey.slice(0, 10))

  /** A planned minute has come once now has reached it (now keeps its seconds: 09:00:30 ≥ 09:00). */
  const hasCome = (day: number, time: string): boolean =>
    day < todayDay || (day === todayDay && time <= nowTime)

  // A pause ends on a whole minute, rounded up so that it never ends early.
  const pauseKey = (settings.pausedUntil && toJapanInstant(settings.pausedUntil, 'minute', 'ceil')) || null
  const pauseDay = pauseKey ? dayNumber(pauseKey.slice(0, 10)) : -Infinity
  const pauseTime = pauseKey ? pauseKey.slice(11, 16) : ''
  const beforePause = (day: number, time: string): boolean =>
    day < pauseDay || (day === pauseDay && time < pauseTime)
  // When the pause ends inside quiet hours, reminders wait for the end of those too.
  const release = pauseKey ? allowedJapanInstant(pauseKey, quiet) : ''
  const releaseDay = release ? dayNumber(release.slice(0, 10)) : 0
  const releaseTime = release.slice(11, 16)

  // Nothing fires inside quiet hours or a pause: what has come waits for the first allowed minute.
  const nowAllowed = !isQuietTime(nowTime, quiet) && !beforePause(todayDay, nowTime)
  const held = beforePause(todayDay, nowTime) ? release : allowedJapanInstant(nowKey, quiet)
  const heldDay = dayNumber(held.slice(0, 10))
  const heldTime = held.slice(11, 16)

  const fired = indexFiredLog(input.fired)

  const due: Reminder[] = []
  const superseded: Reminder[] = []
  // Upcoming reminders by day: days are few, so bucketing beats sorting 60,000 strings.
  const upcomingByDay = new Map<number, { m: Member; time: string }[]>()

  const build = (m: Member, day: number, time: string, shownDay: number): Reminder => {
    const dueAt = japanInstantAt(dateOf(day), time)
    if (m.cred !== null) {
      const info = m.cred
      const daysLeft = info.expiresDay - shownDay
      const text = (info.texts ??= credentialTexts(info.cred, info.riskClosure)).expiry(daysLeft, dateOf(shownDay))
      return {
        id: `${m.key}:${m.last}`,
        kind: m.kind,
        dueAt,
        subject: { type: 'credential', id: info.cred.id },
        route: info.route,
        title: text.title,
        body: text.body,
        severity: daysLeft <= 3 ? 'critical' : daysLeft <= 14 || info.riskClosure ? 'warning' : 'info',
      }
    }
    const ci = m.closure as ClosureInfo
    if (ci.risk !== null) {
      const info = ci.risk
      const text = (info.texts ??= credentialTexts(info.cred, info.riskClosure)).closureRisk(ci.c)
      return {
        id: `${m.key}:${m.last}`,
        kind: m.kind,
        dueAt,
        subject: { type: 'credential', id: info.cred.id },
        route: info.route,
        title: text.title,
        body: text.body,
        severity: 'critical',
      }
    }
    const kind = m.kind as ClosurePhaseKind
    const text = closurePhaseText(kind, ci.c, ci.startDay - shownDay, ci.safeUntil, dateOf(shownDay))
    return {
      id: `${m.key}:${m.last}`,
      kind,
      dueAt,
      subject: { type: 'closure', id: ci.c.closure.id },
      route: `/prep?closure=${encodeURIComponent(ci.c.closure.id)}&phase=${PHASE_ROUTE[kind]}`,
      title: text.title,
      body: text.body,
      severity: PHASE_SEVERITY[kind],
    }
  }

  const addUpcoming = (m: Member, day: number, time: string): void => {
    const bucket = upcomingByDay.get(day)
    if (bucket === undefined) upcomingByDay.set(day, [{ m, time }])
    else bucket.push({ m, time })
  }

  /** A reminder planned (or snoozed) for a minute still ahead: it fires when allowed. */
  const schedule = (m: Member, day: number, time: string): void => {
    if (beforePause(day, time)) addUpcoming(m, releaseDay, releaseTime)
    else if (isQuietTime(time, quiet)) {
      // Wrapping quiet hours entered before midnight end on the next day.
      addUpcoming(m, quietWraps && time >= (quiet as QuietHours).start ? day + 1 : day, (quiet as QuietHours).end)
    } else addUpcoming(m, day, time)
  }

  /** A reminder nothing newer has replaced, planned or snoozed for (day, time). */
  const place = (m: Member, day: number, time: string): void => {
    if (!hasCome(day, time)) schedule(m, day, time)
    else if (nowAllowed) due.push(build(m, day, time, todayDay))
    else addUpcoming(m, heldDay, heldTime)
  }

  const supersede = (m: Member): void => {
    superseded.push(build(m, m.day, m.time, todayDay))
  }

  /**
   * Settles the reminders of one subject that say the same thing at different times (the
   * thresholds of one credential expiry, the phases of one closure), given in planned order.
   * Catch-up: after the app was closed, several may have come; only the newest is worth a
   * notification, because it is the one that is still true ("7 days left", not "14"). The
   * older ones are superseded, never fired. A snoozed reminder that a newer one has overtaken
   * is superseded too: the owner has been told something more recent since.
   */
  const settle = (members: Member[]): void => {
    let newerShown = false
    for (let i = members.length - 1; i >= 0; i--) {
      const m = members[i] as Member
      const entry = m.entry
      if (entry !== undefined) {
        const until =
          entry.state === 'snoozed' && entry.snoozedUntil
            ? toJapanInstant(entry.snoozedUntil, 'minute', 'ceil')
            : null
        if (until !== null) {
          if (newerShown) supersede(m)
          else place(m, dayNumber(until.slice(0, 10)), until.slice(11, 16))
        }
        // Fired, dismissed, snoozed: the owner has seen it. Superseded: never shown.
        if (entry.state !== 'superseded') newerShown = true
        continue
      }
      if (!hasCome(m.day, m.time)) {
        schedule(m, m.day, m.time)
        continue
      }
      if (newerShown) supersede(m)
      else place(m, m.day, m.time)
      newerShown = true
    }
  }

  // Closures: those over for more than a grace week are history.
  const closures: ClosureInfo[] = []
  for (const c of input.closures) {
    const startDay = dayNumber(c.closure.start)
    const reopeningDay = dayNumber(c.reopening)
    const lastBusinessDay = dayNumber(c.lastBusinessDay)
    if (Number.isNaN(startDay + reopeningDay + lastBusinessDay)) continue
    if (reopeningDay + CLOSURE_GRACE_DAYS < todayDay) continue
    const info: ClosureInfo = { c, startDay, safeUntil: dateOf(reopeningDay + marginDays), risk: null }
    closures.push(info)
    const phase = (kind: ClosurePhaseKind, day: number): Member => ({
      ...fired.split(`${kind}:${c.closure.id}:${c.closure.start}`),
      kind,
      day,
      time: notifyAt,
      cred: null,
      closure: info,
    })
    const members = [
      phase('phaseMonthBefore', startDay - MONTH_BEFORE_DAYS),
      phase('wizardStart', startDay - wizardLeadDays),
      phase('finalCheck', lastBusinessDay),
      phase('afterReopening', reopeningDay),
    ]
    // The timeline decides which phase is the newest; the rank only breaks same-day ties.
    members.sort(
      (a, b) => a.day - b.day || PHASE_RANK[a.kind as ClosurePhaseKind] - PHASE_RANK[b.kind as ClosurePhaseKind],
    )
    settle(members)
  }

  const defaultThresholds = cleanThresholds(settings.defaultThresholds)
  const thresholdCache = new Map<string, Threshold[]>()
  const thresholdsFor = (kindId: string): Threshold[] => {
    let list = thresholdCache.get(kindId)
    if (list === undefined) {
      const own = Object.prototype.hasOwnProperty.call(settings.thresholdsByKind, kindId)
        ? settings.thresholdsByKind[kindId]
        : undefined
      list = own !== undefined ? cleanThresholds(own) : defaultThresholds
      thresholdCache.set(kindId, list)
    }
    return list
  }

  for (const cred of input.credentials) {
    const expiresDay = dayNumber(cred.expiresOn)
    if (!(expiresDay + EXPIRED_GRACE_DAYS >= todayDay)) continue // also skips NaN
    const info: CredInfo = {
      cred,
      expiresDay,
      riskClosure: null,
      route: `/shops?credential=${encodeURIComponent(cred.id)}`,
      texts: null,
    }
    // The closures this expiry endangers: from the first closed day to reopening + margin.
    for (const ci of closures) {
      if (expiresDay < ci.startDay || cred.expiresOn > ci.safeUntil) continue
      info.riskClosure ??= ci.c
      // Only while it can still be prevented; once expired, the expiry reminders say so.
      if (expiresDay < todayDay) continue
      settle([
        {
          ...fired.split(`closureRisk:${cred.id}:${cred.expiresOn}:${ci.c.closure.id}`),
          kind: 'closureRisk',
          // "As soon as it is known": planned for this very minute.
          day: todayDay,
          time: nowTime,
          cred: null,
          closure: { ...ci, risk: info },
        },
      ])
    }
    const thresholds = thresholdsFor(cred.kindId)
    // expiresOn is part of the id, so a renewed credential starts with fresh reminders.
    const key = `credentialExpiry:${cred.id}:${cred.expiresOn}`
    const logged = fired.group(key)
    const members: Member[] = new Array(thresholds.length)
    for (let i = 0; i < thresholds.length; i++) {
      const t = thresholds[i] as Threshold
      members[i] = {
        key,
        last: t.text,
        entry: logged?.get(t.text),
        kind: 'credentialExpiry',
        day: expiresDay - t.days,
        time: notifyAt,
        cred: info,
        closure: null,
      }
    }
    settle(members)
  }

  const upcoming: Reminder[] = []
  for (const day of [...upcomingByDay.keys()].sort((a, b) => a - b)) {
    const bucket = upcomingByDay.get(day) as { m: Member; time: string }[]
    const first = bucket[0]?.time
    if (bucket.some((e) => e.time !== first)) bucket.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0))
    for (const e of bucket) upcoming.push(build(e.m, day, e.time, day))
  }
  return { due, superseded, upcoming, nextDueAt: upcoming[0]?.dueAt ?? null }
}

/**
 * When a snoozed reminder comes back. '1h' keeps the minute; 'tomorrow' and '3d' come back at
 * the usual notification time, because a shop owner plans the day, not the hour. Never inside
 * quiet hours.
 */
export function snoozeUntil(
  option: '1h' | 'tomorrow' | '3d',
  now: string,
  settings: ReminderSettings,
): string {
  const quiet = normalizeQuietHours(settings.quietHours)
  const ms = new Date(now).getTime()
  if (!Number.isFinite(ms)) throw new RangeError(`Not an instant: ${now}`)
  if (option === '1h') return allowedJapanInstant(japanInstantFromMs(ms + 3600_000, 'minute', 'ceil'), quiet)
  const { date } = japanDateTime(new Date(ms))
  const notifyAt = isTimeOfDay(settings.notifyAt) ? settings.notifyAt : defaultReminderSettings.notifyAt
  return allowedJapanInstant(japanInstantAt(addDays(date, option === 'tomorrow' ? 1 : 3), notifyAt), quiet)
}
