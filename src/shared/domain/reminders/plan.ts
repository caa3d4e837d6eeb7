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
  | 'credentialExpiry'
  | 'credentialExpired'
  | 'closureRisk'
  | 'wizardStart'
  | 'finalCheck'
  | 'afterReopening'
  | 'phaseMonthBefore'

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

/**
 * How many upcoming reminders a plan words by default: more than a small shop ever has, and
 * more than the 通知 screen shows; a shop with thousands of credentials gets the earliest.
 */
export const defaultUpcomingLimit = 500

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
  /**
   * The action plan's renew-by day for it (before being moved up to today), so that reminders
   * name the same date as every screen; null or absent: the texts name none.
   */
  renewBy?: IsoDate | null
}

/** A closure with the days the calendar computed for it (the caller asks the calendar). */
export interface ClosureForReminders {
  closure: Closure
  lastBusinessDay: IsoDate
  reopening: IsoDate
}

/**
 * One row of the log the scheduler keeps: appended when a reminder fires ('fired') or is
 * superseded, and when the owner snoozes or dismisses a notification. A reminder enters the log
 * only on or after the day it was planned for; the planner relies on that and does not look up
 * credential thresholds planned for a later day (so only a clock set back by days could repeat
 * one).
 */
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
  /**
   * 'YYYY-MM-DDTHH:MM:00+09:00'. Due and superseded: the instant it was planned (or snoozed)
   * for, earlier than now after a catch-up. Upcoming: when it will really fire, after quiet
   * hours and a pause.
   */
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
  /**
   * At most this many upcoming reminders are worded and returned, the earliest first; default
   * defaultUpcomingLimit. nextDueAt does not depend on it. With 10,000 credentials about 50,000
   * reminders lie ahead: wording them all (Infinity) takes several times longer than the plan.
   */
  upcomingLimit?: number
}

export interface Plan {
  /** Notify now, then record each as 'fired'. */
  due: Reminder[]
  /** Record each as 'superseded': a newer reminder of the same subject said it already. */
  superseded: Reminder[]
  /** Still ahead (including snoozed and held back by quiet hours or a pause), by dueAt. */
  upcoming: Reminder[]
  /** When to plan again: the first dueAt of everything ahead (also past upcomingLimit), or null. */
  nextDueAt: string | null
}

/** Closures long over stop reminding; a week covers a late look at the reopening checks. */
const CLOSURE_GRACE_DAYS = 7
/** Thresholds of an expiry more than a day past are not planned again: the 'expired' reminder speaks for them. */
const EXPIRED_GRACE_DAYS = 1
const MONTH_BEFORE_DAYS = 30

const PHASE_ROUTE: Record<ClosurePhaseKind, string> = {
  phaseMonthBefore: 'monthBefore',
  wizardStart: 'weekBefore',
  finalCheck: 'lastBusinessDay',
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

/** A reminder the plan returns, before it is worded. */
interface Member {
  id: string
  kind: ReminderKind
  /** Planned day (day number) and time ('HH:MM', Japan). */
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
  texts: CredentialTexts | null
}

interface ClosureInfo {
  c: ClosureForReminders
  startDay: number
  safeUntil: IsoDate
  /** For a closureRisk reminder: the credential at risk. */
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

const CREDENTIAL_EXPIRY_PREFIX = 'credentialExpiry:'
const CREDENTIAL_EXPIRED_PREFIX = 'credentialExpired:'
/** How far ahead 'expired' reminders are listed among the upcoming ones (the 通知 screen shows 30 days). */
const EXPIRED_LOOKAHEAD_DAYS = 31
/** Stands for the 'expired' reminder in the upcoming buckets, beside the real thresholds. */
const EXPIRED: Threshold = { days: -1, text: 'expired' }

const COLON = 58
const PREFIX_CODES = Array.from(CREDENTIAL_EXPIRY_PREFIX, (c) => c.charCodeAt(0))

// The log is read with charCodeAt: startsWith and lastIndexOf cost several times more per call,
// and they are called for each of 50,000 rows.
function isCredentialExpiryId(id: string): boolean {
  for (let k = 0; k < PREFIX_CODES.length; k++) if (id.charCodeAt(k) !== PREFIX_CODES[k]) return false
  return true
}

/** Compares the 'YYYY-MM-DD' at `at` in `text` with `date`, without cutting a string out. */
function compareDateAt(text: string, at: number, date: IsoDate): number {
  for (let k = 0; k < 10; k++) {
    const d = text.charCodeAt(at + k) - date.charCodeAt(k)
    if (d !== 0) return d
  }
  return 0
}

/**
 * The fired log by reminder id, reduced to the rows a plan can ask about. A log grows by
 * every threshold of every credential ever renewed; most of its rows are about expiry dates
 * long past (never planned again) and are skipped after a glance at their date, instead of
 * being hashed into the map. Kept: credential expiries from `from` to `to` (the expiry dates
 * whose thresholds can have come by now), and every row of another kind.
 *
 * For each reminder only its latest entry counts, except that dismissed and superseded are
 * final: nothing the scheduler writes later may bring such a reminder back.
 */
function indexFiredLog(log: FiredEntry[], from: IsoDate, to: IsoDate): Map<string, FiredEntry> {
  const index = new Map<string, FiredEntry>()
  for (const entry of log) {
    const id = entry.reminderId
    if (isCredentialExpiryId(id)) {
      let at = id.length - 1
      while (at > 0 && id.charCodeAt(at) !== COLON) at--
      at -= 10
      if (compareDateAt(id, at, from) < 0 || compareDateAt(id, at, to) > 0) continue
    }
    const prev = index.get(id)
    if (prev !== undefined && (prev.state === 'dismissed' || prev.state === 'superseded')) continue
    index.set(id, entry)
  }
  return index
}

export function planReminders(input: PlanInput): Plan {
  const { settings } = input
  const nowKey = toJapanInstant(input.now)
  if (nowKey === null) throw new RangeError(`Not an instant: ${input.now}`)
  const nowTime = nowKey.slice(11, 16)
  const notifyAt = isTimeOfDay(settings.notifyAt) ? settings.notifyAt : defaultReminderSettings.notifyAt
  const quiet = normalizeQuietHours(settings.quietHours)
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

  // Instants are (day number, 'HH:MM') pairs while planning: comparing a number and a
  // five-character string is what keeps 60,000 reminders cheap. Now keeps its seconds, so a
  // planned minute has come from its first second on (09:00:30 ≥ 09:00).
  const hasCome = (day: number, time: string): boolean =>
    day < todayDay || (day === todayDay && time <= nowTime)
  const splitInstant = (key: string): [number, string] => [dayNumber(key.slice(0, 10)), key.slice(11, 16)]

  // A pause ends on a whole minute, rounded up so that it never ends early.
  const pauseKey = (settings.pausedUntil && toJapanInstant(settings.pausedUntil, 'minute', 'ceil')) || null
  const [pauseDay, pauseTime] = pauseKey ? splitInstant(pauseKey) : [-Infinity, '']
  const beforePause = (day: number, time: string): boolean =>
    day < pauseDay || (day === pauseDay && time < pauseTime)
  // A pause that ends inside quiet hours lasts until they end too.
  const [releaseDay, releaseTime] = pauseKey ? splitInstant(allowedJapanInstant(pauseKey, quiet)) : [0, '']

  // Nothing fires inside quiet hours or a pause: what has come waits for the first allowed minute.
  const paused = beforePause(todayDay, nowTime)
  const nowAllowed = !paused && !isQuietTime(nowTime, quiet)
  const [heldDay, heldTime] = paused
    ? [releaseDay, releaseTime]
    : splitInstant(allowedJapanInstant(nowKey, quiet))

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
  let longestThreshold = defaultThresholds[0]?.days ?? 0
  for (const list of Object.values(settings.thresholdsByKind)) {
    longestThreshold = Math.max(longestThreshold, cleanThresholds(list)[0]?.days ?? 0)
  }
  const fired = indexFiredLog(
    input.fired,
    dateOf(todayDay - EXPIRED_GRACE_DAYS),
    dateOf(todayDay + longestThreshold),
  )

  const due: Reminder[] = []
  const superseded: Reminder[] = []
  // Upcoming reminders by day, as triples [owner, threshold, time, …] where the owner is a
  // Member, or the CredInfo of a threshold not worded yet: with 10,000 credentials, 50,000
  // thresholds lie ahead, and an object per threshold is most of the cost of a plan. Days are
  // few, so bucketing beats sorting tens of thousands of instants.
  const upcomingByDay = new Map<number, (Member | CredInfo | Threshold | string | null)[]>()

  // Most reminders fire at notifyAt on one of a few hundred days: share those strings.
  const notifyInstants = new Map<number, string>()
  const instantOf = (day: number, time: string): string => {
    if (time !== notifyAt) return japanInstantAt(dateOf(day), time)
    let key = notifyInstants.get(day)
    if (key === undefined) notifyInstants.set(day, (key = japanInstantAt(dateOf(day), time)))
    return key
  }

  const build = (m: Member, day: number, time: string, shownDay: number): Reminder => {
    const dueAt = instantOf(day, time)
    if (m.cred !== null) {
      const info = m.cred
      const daysLeft = info.expiresDay - shownDay
      const text = (info.texts ??= credentialTexts(info.cred, info.riskClosure)).expiry(
        daysLeft,
        dateOf(shownDay),
      )
      return {
        id: m.id,
        kind: m.kind,
        dueAt,
        subject: { type: 'credential', id: info.cred.id },
        route: `/shops?credential=${encodeURIComponent(info.cred.id)}`,
        title: text.title,
        body: text.body,
        severity: daysLeft <= 3 ? 'critical' : daysLeft <= 14 || info.riskClosure ? 'warning' : 'info',
      }
    }
    const ci = m.closure as ClosureInfo
    if (ci.risk !== null) {
      const info = ci.risk
      const text = (info.texts ??= credentialTexts(info.cred, info.riskClosure)).closureRisk(
        ci.c,
        dateOf(shownDay),
      )
      return {
        id: m.id,
        kind: m.kind,
        dueAt,
        subject: { type: 'credential', id: info.cred.id },
        route: `/shops?credential=${encodeURIComponent(info.cred.id)}`,
        title: text.title,
        body: text.body,
        severity: 'critical',
      }
    }
    const kind = m.kind as ClosurePhaseKind
    const text = closurePhaseText(kind, ci.c, ci.startDay - shownDay, ci.safeUntil, dateOf(shownDay))
    return {
      id: m.id,
      kind,
      dueAt,
      subject: { type: 'closure', id: ci.c.closure.id },
      route: `/prep?closure=${encodeURIComponent(ci.c.closure.id)}&phase=${PHASE_ROUTE[kind]}`,
      title: text.title,
      body: text.body,
      severity: PHASE_SEVERITY[kind],
    }
  }

  const limit = Math.max(0, Math.floor(input.upcomingLimit ?? defaultUpcomingLimit))
  // Only the earliest `limit` upcoming reminders are returned. Once that many are held up to
  // some day, later days are dropped as they come (never fewer kept than `limit`, and always
  // the first day, which gives nextDueAt).
  let lastKeptDay = Infinity
  let kept = 0
  const dropLateDays = (): void => {
    let count = 0
    for (const day of [...upcomingByDay.keys()].sort((a, b) => a - b)) {
      if (count >= limit && count > 0) upcomingByDay.delete(day)
      else {
        count += (upcomingByDay.get(day) as unknown[]).length / 3
        lastKeptDay = day
      }
    }
    kept = count
  }
  const addUpcoming = (owner: Member | CredInfo, t: Threshold | null, day: number, time: string): void => {
    if (day > lastKeptDay) return
    const bucket = upcomingByDay.get(day)
    if (bucket === undefined) upcomingByDay.set(day, [owner, t, time])
    else bucket.push(owner, t, time)
    if (++kept >= 2 * limit + 100) dropLateDays()
  }

  /** A reminder planned (or snoozed) for a minute still ahead: it fires when allowed. */
  const schedule = (owner: Member | CredInfo, t: Threshold | null, day: number, time: string): void => {
    if (beforePause(day, time)) addUpcoming(owner, t, releaseDay, releaseTime)
    else if (quiet !== null && isQuietTime(time, quiet)) {
      // Wrapping quiet hours (22:00–07:00) entered before midnight end on the next day.
      addUpcoming(owner, t, quiet.start > quiet.end && time >= quiet.start ? day + 1 : day, quiet.end)
    } else addUpcoming(owner, t, day, time)
  }

  const thresholdMember = (info: CredInfo, t: Threshold): Member =>
    t === EXPIRED
      ? expiredMember(info)
      : {
          // expiresOn is part of the id, so a renewed credential starts with fresh reminders.
          id: `${CREDENTIAL_EXPIRY_PREFIX}${info.cred.id}:${info.cred.expiresOn}:${t.text}`,
          kind: 'credentialExpiry',
          day: info.expiresDay - t.days,
          time: notifyAt,
          cred: info,
          closure: null,
        }

  /**
   * "Expired: order import has stopped": planned for the first day without the credential, and
   * fired once whenever it is found, however long the PC was off (the id carries the expiry
   * date, so a renewal or a corrected date starts afresh).
   */
  const expiredMember = (info: CredInfo): Member => ({
    id: `${CREDENTIAL_EXPIRED_PREFIX}${info.cred.id}:${info.cred.expiresOn}`,
    kind: 'credentialExpired',
    day: info.expiresDay + 1,
    time: notifyAt,
    cred: info,
    closure: null,
  })

  /** A reminder nothing newer has replaced, planned or snoozed for (day, time). */
  const place = (m: Member, day: number, time: string): void => {
    if (!hasCome(day, time)) schedule(m, null, day, time)
    else if (nowAllowed) due.push(build(m, day, time, todayDay))
    else addUpcoming(m, null, heldDay, heldTime)
  }

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
  const settle = (newerShown: boolean, m: Member): boolean => {
    const entry = fired.size > 0 ? fired.get(m.id) : undefined
    if (entry !== undefined) {
      const until =
        entry.state === 'snoozed' && entry.snoozedUntil
          ? toJapanInstant(entry.snoozedUntil, 'minute', 'ceil')
          : null
      if (until !== null) {
        if (newerShown) superseded.push(build(m, m.day, m.time, todayDay))
        else place(m, ...splitInstant(until))
      }
      // Fired, dismissed, snoozed: the owner has seen it. Superseded: never shown.
      return newerShown || entry.state !== 'superseded'
    }
    if (!hasCome(m.day, m.time)) {
      schedule(m, null, m.day, m.time)
      return newerShown
    }
    if (newerShown) superseded.push(build(m, m.day, m.time, todayDay))
    else place(m, m.day, m.time)
    return true
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
      id: `${kind}:${c.closure.id}:${c.closure.start}`,
      kind,
      day,
      time: notifyAt,
      cred: null,
      closure: info,
    })
    const phases = [
      phase('phaseMonthBefore', startDay - MONTH_BEFORE_DAYS),
      phase('wizardStart', startDay - wizardLeadDays),
      phase('finalCheck', lastBusinessDay),
      phase('afterReopening', reopeningDay),
    ]
    // Newest first. The timeline decides which phase is the newest; the rank breaks same-day ties.
    phases.sort(
      (a, b) =>
        b.day - a.day || PHASE_RANK[b.kind as ClosurePhaseKind] - PHASE_RANK[a.kind as ClosurePhaseKind],
    )
    let newerShown = false
    for (const m of phases) newerShown = settle(newerShown, m)
  }

  for (const cred of input.credentials) {
    const expiresDay = dayNumber(cred.expiresOn)
    if (Number.isNaN(expiresDay)) continue
    const info: CredInfo = { cred, expiresDay, riskClosure: null, texts: null }
    // The closures this expiry endangers: from the first closed day to reopening + margin.
    for (const ci of closures) {
      if (expiresDay < ci.startDay || cred.expiresOn > ci.safeUntil) continue
      info.riskClosure ??= ci.c
      // Only while it can still be prevented; once expired, the expiry reminders say so.
      if (expiresDay < todayDay) continue
      settle(false, {
        id: `closureRisk:${cred.id}:${cred.expiresOn}:${ci.c.closure.id}`,
        kind: 'closureRisk',
        // "As soon as it is known": planned for this very minute.
        day: todayDay,
        time: nowTime,
        cred: null,
        closure: { ...ci, risk: info },
      })
    }
    const thresholds = thresholdsFor(cred.kindId)
    // A kind whose reminders are switched off (no thresholds) gets no 'expired' one either.
    if (thresholds.length === 0) continue
    let newerShown = false
    if (expiresDay < todayDay) {
      // The newest of the credential's reminders: a threshold still waiting is superseded.
      settle(false, expiredMember(info))
      // Thresholds long past are not looked at again (nor written to the log again); a recent
      // one never shown is superseded: "expires today" is no longer true.
      if (expiresDay + EXPIRED_GRACE_DAYS < todayDay) continue
      newerShown = true
    } else if (
      expiresDay + 1 <= todayDay + EXPIRED_LOOKAHEAD_DAYS ||
      (thresholds[thresholds.length - 1] as Threshold).days >= expiresDay - todayDay
    ) {
      // Listed ahead only when near (the 通知 screen shows a month) or when no threshold of its
      // own comes before it (nextDueAt then depends on it): 10,000 credentials stay cheap.
      schedule(info, EXPIRED, expiresDay + 1, notifyAt)
    }
    for (let i = thresholds.length - 1; i >= 0; i--) {
      const t = thresholds[i] as Threshold
      const day = expiresDay - t.days
      // A later day has not come and cannot be in the log: no look-up, no object yet.
      if (day > todayDay) schedule(info, t, day, notifyAt)
      else newerShown = settle(newerShown, thresholdMember(info, t))
    }
  }

  const days = [...upcomingByDay.keys()].sort((a, b) => a - b)
  const upcoming: Reminder[] = []
  let nextDueAt: string | null = null
  for (const day of days) {
    const bucket = upcomingByDay.get(day) as (Member | CredInfo | Threshold | string | null)[]
    const items: { owner: Member | CredInfo; t: Threshold | null; time: string }[] = []
    for (let i = 0; i < bucket.length; i += 3) {
      items.push({
        owner: bucket[i] as Member | CredInfo,
        t: bucket[i + 1] as Threshold | null,
        time: bucket[i + 2] as string,
      })
    }
    // Within a day, all but snoozed or held reminders share notifyAt.
    items.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0))
    nextDueAt ??= instantOf(day, (items[0] as { time: string }).time)
    for (const { owner, t, time } of items) {
      if (upcoming.length >= limit) break
      const m = t === null ? (owner as Member) : thresholdMember(owner as CredInfo, t)
      upcoming.push(build(m, day, time, day))
    }
    if (upcoming.length >= limit) break
  }
  return { due, superseded, upcoming, nextDueAt }
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
