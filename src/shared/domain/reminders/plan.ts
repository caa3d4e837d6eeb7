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
import { closurePhaseText, closureRiskText, credentialExpiryText, type ClosurePhaseKind } from './text'

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
 * One reminder the planner considered. `scheduled` is the planned instant (Japan-instant
 * string); members of a group are kept in the order of their planned instants.
 */
interface Member {
  id: string
  kind: ReminderKind
  scheduled: string
  cred: CredInfo | null
  closure: ClosureInfo | null
}

interface CredInfo {
  cred: CredentialForReminders
  expiresDay: number
  riskClosure: ClosureForReminders | null
  route: string
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

/** Days before expiry, latest first after sorting descending; nonsense values are dropped. */
function cleanThresholds(list: unknown): number[] {
  if (!Array.isArray(list)) return []
  const set = new Set<number>()
  for (const t of list) if (typeof t === 'number' && Number.isInteger(t) && t >= 0) set.add(t)
  return [...set].sort((a, b) => b - a)
}

export function planReminders(input: PlanInput): Plan {
  const { settings } = input
  const nowKey = toJapanInstant(input.now)
  if (nowKey === null) throw new RangeError(`Not an instant: ${input.now}`)
  const today = nowKey.slice(0, 10)
  // closureRisk is due "as soon as it is known": now, on a whole minute like every dueAt.
  const nowMinute = `${nowKey.slice(0, 17)}00+09:00`
  const notifyAt = isTimeOfDay(settings.notifyAt) ? settings.notifyAt : defaultReminderSettings.notifyAt
  const scheduleSuffix = `T${notifyAt}:00+09:00`
  const quiet = normalizeQuietHours(settings.quietHours)
  const pauseKey = (settings.pausedUntil && toJapanInstant(settings.pausedUntil, 'minute', 'ceil')) || ''
  const wizardLeadDays = wholeDays(settings.wizardLeadDays, defaultReminderSettings.wizardLeadDays)
  const marginDays = wholeDays(settings.marginDays, defaultReminderSettings.marginDays)
  // Nothing fires inside quiet hours or a pause; whatever is due waits for the first allowed minute.
  const nowAllowed = !isQuietTime(nowKey.slice(11, 16), quiet) && nowKey >= pauseKey
  const heldUntil = nowAllowed ? nowKey : allowedJapanInstant(pauseKey > nowKey ? pauseKey : nowKey, quiet)

  // Day arithmetic is memoized: 10,000 credentials share a few hundred distinct days.
  const dayNumbers = new Map<string, number>()
  const dayNumber = (date: IsoDate): number => {
    let n = dayNumbers.get(date)
    if (n === undefined) dayNumbers.set(date, (n = toDayNumber(date)))
    return n
  }
  const dates = new Map<number, IsoDate>()
  const dateOf = (n: number): IsoDate => {
    let d = dates.get(n)
    if (d === undefined) dates.set(n, (d = fromDayNumber(n)))
    return d
  }
  const todayDay = dayNumber(today)

  // For each reminder only its latest log entry counts, except that dismissed and superseded
  // are final: nothing the scheduler writes later may bring such a reminder back.
  const fired = new Map<string, FiredEntry>()
  for (const entry of input.fired) {
    const prev = fired.get(entry.reminderId)
    if (prev !== undefined && (prev.state === 'dismissed' || prev.state === 'superseded')) continue
    fired.set(entry.reminderId, entry)
  }

  const due: Reminder[] = []
  const superseded: Reminder[] = []
  const upcoming: { at: string; member: Member }[] = []

  const build = (m: Member, dueAt: string): Reminder => {
    const shownOn = dueAt.slice(0, 10)
    if (m.cred !== null && m.kind === 'credentialExpiry') {
      const info = m.cred
      const daysLeft = info.expiresDay - dayNumber(shownOn)
      return {
        id: m.id,
        kind: m.kind,
        dueAt,
        subject: { type: 'credential', id: info.cred.id },
        route: info.route,
        ...credentialExpiryText(info.cred, daysLeft, info.riskClosure, shownOn),
        severity: daysLeft <= 3 ? 'critical' : daysLeft <= 14 || info.riskClosure ? 'warning' : 'info',
      }
    }
    const ci = m.closure as ClosureInfo
    if (ci.risk !== null) {
      return {
        id: m.id,
        kind: m.kind,
        dueAt,
        subject: { type: 'credential', id: ci.risk.cred.id },
        route: ci.risk.route,
        ...closureRiskText(ci.risk.cred, ci.c),
        severity: 'critical',
      }
    }
    const kind = m.kind as ClosurePhaseKind
    return {
      id: m.id,
      kind,
      dueAt,
      subject: { type: 'closure', id: ci.c.closure.id },
      route: `/prep?closure=${encodeURIComponent(ci.c.closure.id)}&phase=${PHASE_ROUTE[kind]}`,
      ...closurePhaseText(kind, ci.c, ci.startDay - dayNumber(shownOn), ci.safeUntil, shownOn),
      severity: PHASE_SEVERITY[kind],
    }
  }

  /** A reminder whose time (planned or snoozed) is `at`, and which nothing newer replaced. */
  const place = (m: Member, at: string): void => {
    if (at <= nowKey) {
      if (nowAllowed) due.push(build(m, at))
      else upcoming.push({ at: heldUntil, member: m })
    } else {
      upcoming.push({ at: allowedJapanInstant(pauseKey > at ? pauseKey : at, quiet), member: m })
    }
  }

  /**
   * Settles the reminders of one subject that say the same thing at different times (the
   * thresholds of one credential expiry, the phases of one closure), in planned order.
   * Catch-up: after the app was closed, several may be past due; only the newest one is worth
   * a notification, because it is the one that is still true ("7 days left", not "14"). The
   * older ones are superseded, never fired. A snoozed reminder that a newer one has overtaken
   * is superseded too: the owner has been told something more recent since.
   */
  const settle = (members: Member[]): void => {
    let newerShown = false
    for (let i = members.length - 1; i >= 0; i--) {
      const m = members[i] as Member
      const entry = fired.get(m.id)
      if (entry !== undefined) {
        if (entry.state === 'snoozed' && entry.snoozedUntil) {
          const until = toJapanInstant(entry.snoozedUntil, 'minute', 'ceil')
          if (until !== null) {
            if (newerShown) superseded.push(build(m, nowMinute))
            else place(m, until)
            newerShown = true
            continue
          }
        }
        // fired, dismissed, or a snooze without a time: shown once, never again.
        if (entry.state !== 'superseded') newerShown = true
        continue
      }
      if (m.scheduled > nowKey) {
        upcoming.push({
          at: allowedJapanInstant(pauseKey > m.scheduled ? pauseKey : m.scheduled, quiet),
          member: m,
        })
        continue
      }
      if (newerShown) superseded.push(build(m, nowMinute))
      else place(m, m.scheduled)
      newerShown = true
    }
  }

  // Closures: those over for more than a grace week are history.
  const closures: ClosureInfo[] = []
  for (const c of input.closures) {
    if (
      !isValidIsoDate(c.closure.start) ||
      !isValidIsoDate(c.reopening) ||
      !isValidIsoDate(c.lastBusinessDay)
    ) {
      continue
    }
    if (dayNumber(c.reopening) + CLOSURE_GRACE_DAYS < todayDay) continue
    const startDay = dayNumber(c.closure.start)
    const info: ClosureInfo = { c, startDay, safeUntil: addDays(c.reopening, marginDays), risk: null }
    closures.push(info)
    const key = `${c.closure.id}:${c.closure.start}`
    const phase = (kind: ClosurePhaseKind, date: IsoDate): Member => ({
      id: `${kind}:${key}`,
      kind,
      scheduled: date + scheduleSuffix,
      cred: null,
      closure: info,
    })
    const members = [
      phase('phaseMonthBefore', dateOf(startDay - MONTH_BEFORE_DAYS)),
      phase('wizardStart', dateOf(startDay - wizardLeadDays)),
      phase('finalCheck', c.lastBusinessDay),
      phase('afterReopening', c.reopening),
    ]
    // The timeline order decides which phase is the newest; the rank only breaks same-day ties.
    members.sort(
      (a, b) =>
        (a.scheduled < b.scheduled ? -1 : a.scheduled > b.scheduled ? 1 : 0) ||
        PHASE_RANK[a.kind as ClosurePhaseKind] - PHASE_RANK[b.kind as ClosurePhaseKind],
    )
    settle(members)
  }

  const thresholdCache = new Map<string, number[]>()
  const defaultThresholds = cleanThresholds(settings.defaultThresholds)
  const thresholdsFor = (kindId: string): number[] => {
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
    if (!isValidIsoDate(cred.expiresOn)) continue
    const expiresDay = dayNumber(cred.expiresOn)
    if (expiresDay + EXPIRED_GRACE_DAYS < todayDay) continue
    const info: CredInfo = { cred, expiresDay, riskClosure: null, route: credentialRoute(cred.id) }
    // The closures this expiry endangers: from the first closed day to reopening + margin.
    for (const ci of closures) {
      if (cred.expiresOn < ci.c.closure.start || cred.expiresOn > ci.safeUntil) continue
      info.riskClosure ??= ci.c
      // Only while it can still be prevented; once expired the expiry reminders say so.
      if (cred.expiresOn < today) continue
      settle([
        {
          id: `closureRisk:${cred.id}:${cred.expiresOn}:${ci.c.closure.id}`,
          kind: 'closureRisk',
          scheduled: nowMinute,
          cred: null,
          closure: { ...ci, risk: info },
        },
      ])
    }
    const thresholds = thresholdsFor(cred.kindId)
    if (thresholds.length === 0) continue
    // expiresOn is part of the id, so a renewed credential starts with fresh reminders.
    const prefix = `credentialExpiry:${cred.id}:${cred.expiresOn}:`
    const members: Member[] = new Array(thresholds.length)
    for (let i = 0; i < thresholds.length; i++) {
      const t = thresholds[i] as number
      members[i] = {
        id: prefix + t,
        kind: 'credentialExpiry',
        scheduled: dateOf(expiresDay - t) + scheduleSuffix,
        cred: info,
        closure: null,
      }
    }
    settle(members)
  }

  upcoming.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  const upcomingReminders = upcoming.map((u) => build(u.member, u.at))
  return {
    due,
    superseded,
    upcoming: upcomingReminders,
    nextDueAt: upcomingReminders[0]?.dueAt ?? null,
  }
}

function credentialRoute(id: string): string {
  return `/shops?credential=${encodeURIComponent(id)}`
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
