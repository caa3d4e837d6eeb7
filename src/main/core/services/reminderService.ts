import { addDays } from '@shared/domain/isoDate'
import { defaultReminderThresholds, isCustomKind, mallProfiles } from '@shared/domain/malls'
import {
  defaultReminderSettings,
  planReminders,
  snoozeUntil,
  toJapanInstant,
  type ClosureForReminders,
  type CredentialForReminders,
  type Plan,
  type PlanInput,
  type Reminder,
  type ReminderSettings,
} from '@shared/domain/reminders'
import { AppError, appError } from '@shared/errors'
import {
  reminderSettingsErrors,
  type EditableReminderSettings,
  type HistoryReminder,
  type HistoryState,
  type ReminderItem,
  type ReminderList,
  type ReminderSettingsView,
  type SnoozeOption,
  type UpcomingReminder,
} from '@shared/ipc/reminders'
import type { CoreContext } from '../context'
import { RemindersRepo, type LogState, type StoredReminderSettings } from '../db/remindersRepo'
import type { CalendarService } from './calendarService'
import type { ShopsService } from './shopsService'

/** How far ahead the 通知 screen lists upcoming reminders. */
export const UPCOMING_DAYS = 30
/** How many shown reminders the history keeps on screen. */
export const HISTORY_LIMIT = 200

/** What one decision of the scheduler did, committed to the log. */
export interface Decision {
  /** Japan-time instant of the decision (the `at` of the rows written). */
  now: string
  /** Notify these now: they are already recorded as fired. */
  due: Reminder[]
  /** Recorded as superseded: never notified. */
  superseded: Reminder[]
  /** When the next reminder comes, or null. */
  nextDueAt: string | null
}

const HISTORY_STATE: Record<LogState, HistoryState> = {
  fired: 'active',
  snoozed: 'snoozed',
  dismissed: 'dismissed',
  superseded: 'replaced',
}

function recommendedThresholds(): Record<string, number[]> {
  const byKind: Record<string, number[]> = {}
  for (const p of mallProfiles) for (const k of p.credentialKinds) byKind[k.id] = [...k.reminderThresholds]
  return byKind
}

const descending = (list: number[]): number[] => [...new Set(list)].sort((a, b) => b - a)
const sameList = (a: number[], b: number[]): boolean =>
  a.length === b.length && descending(a).every((n, i) => n === descending(b)[i])

function item(r: Reminder): ReminderItem {
  return {
    id: r.id,
    kind: r.kind,
    dueAt: r.dueAt,
    title: r.title,
    body: r.body,
    route: r.route,
    severity: r.severity,
  }
}

/**
 * Whether a reminder id still speaks of its subject as it is now. Reminder ids carry the
 * subject's date (a credential's expiry, a closure's first day): once that changed, or the
 * subject is gone, the reminder is withdrawn. Read from the planner's own input, so the list
 * builds the shops' views once (every closure counts, also those the planner no longer reads).
 */
function subjectIsCurrent(
  credentials: PlanInput['credentials'],
  closures: readonly { id: string; start: string }[],
): (reminderId: string) => boolean {
  const expiries = new Map(credentials.map((c) => [c.id, c.expiresOn]))
  const starts = new Map(closures.map((c) => [c.id, c.start]))
  return (reminderId) => {
    const [kind, subjectId, date] = reminderId.split(':')
    if (subjectId === undefined || date === undefined) return true
    if (kind === 'credentialExpiry' || kind === 'credentialExpired' || kind === 'closureRisk') {
      return expiries.get(subjectId) === date
    }
    return starts.get(subjectId) === date
  }
}

function notFound(): AppError {
  return appError('reminderNotFound', {})
}

/**
 * Reminders of the whole app: assembles the planner's input from the shops, the calendar and
 * the reminder settings, keeps the log, and answers the 通知 screen. The scheduler
 * (./scheduler.ts) calls decide(); everything else is for the screens and the tray.
 */
export class ReminderService {
  private readonly repo: RemindersRepo

  constructor(
    private readonly ctx: CoreContext,
    private readonly deps: { calendar: CalendarService; shops: ShopsService },
  ) {
    this.repo = new RemindersRepo(ctx.db)
  }

  /** Now by the app's clock, as a Japan-time instant ('YYYY-MM-DDTHH:MM:SS+09:00'). */
  now(): string {
    return toJapanInstant(this.ctx.clock.now().toISOString()) as string
  }

  // ───────────────────────────── planning ─────────────────────────────

  /**
   * The scheduler's step, all in ONE immediate transaction: read the log, plan, append the
   * superseded and fired rows. Only after it commits does the caller notify, so a crash or a
   * restart can never notify the same reminder twice (see scheduler.ts for the trade-off).
   */
  decide(): Decision {
    return this.repo.immediate(() => {
      const now = this.now()
      const plan = this.plan(now, 0)
      for (const r of plan.superseded) this.repo.appendDecision(r, 'superseded', now)
      for (const r of plan.due) this.repo.appendDecision(r, 'fired', now)
      return { now, due: plan.due, superseded: plan.superseded, nextDueAt: plan.nextDueAt }
    })
  }

  /** A plan for `now` against the log as it is (reads only). */
  plan(now: string = this.now(), upcomingLimit?: number): Plan {
    return planReminders({ ...this.planInput(now), fired: this.repo.log(), upcomingLimit })
  }

  /** The planner's input without the log: active shops' credentials, the closures, the settings. */
  planInput(now: string): Omit<PlanInput, 'fired'> {
    const credentials: CredentialForReminders[] = []
    for (const view of this.deps.shops.overview().shops) {
      if (!view.shop.active) continue
      for (const c of view.credentials) {
        credentials.push({
          id: c.credential.id,
          shopName: c.shopName,
          mallName: c.mallName,
          kindId: c.credential.kindId,
          kindName: c.kindName,
          label: c.credential.label,
          expiresOn: c.credential.expiresOn,
          // The action plan's date, so a notification names the day every screen names.
          renewBy: c.deadline.plannedDoBy,
        })
      }
    }
    const calendar = this.deps.calendar.calendar()
    // Closures long over are history for the planner too; a fortnight covers its grace week.
    const recent = addDays(now.slice(0, 10), -14)
    const closures: ClosureForReminders[] = this.deps.calendar
      .settings()
      .closures.filter((c) => c.end >= recent)
      .map((closure) => ({
        closure,
        lastBusinessDay: calendar.lastShipDayBefore(closure),
        reopening: calendar.firstShipDayAfter(closure),
      }))
    return { now, credentials, closures, settings: this.plannerSettings() }
  }

  // ───────────────────────────── the screens ─────────────────────────────

  list(): ReminderList {
    const now = this.now()
    const fired = this.repo.log()
    const input = this.planInput(now)
    const plan = planReminders({ ...input, fired })
    const latest = new Map<string, LogState>()
    for (const e of fired) latest.set(e.reminderId, e.state)
    const horizon = `${addDays(now.slice(0, 10), UPCOMING_DAYS)}T23:59:59+09:00`
    // Due but not decided yet (the scheduler is about to): listed as coming now.
    const upcoming: UpcomingReminder[] = [
      ...plan.due.map((r) => ({ ...r, dueAt: `${now.slice(0, 16)}:00+09:00` })),
      ...plan.upcoming,
    ]
      .filter((r) => r.dueAt <= horizon)
      .map((r) => ({ ...item(r), snoozed: latest.get(r.id) === 'snoozed' }))
    // Newest first: once a reminder about the same credential or closure has been shown LATER,
    // an older one still waiting is out of date ("あと14日" after "あと7日"): it counts as replaced.
    const lastShown = new Map<string, string>()
    const isCurrent = subjectIsCurrent(input.credentials, this.deps.calendar.settings().closures)
    const history: HistoryReminder[] = this.repo.history(HISTORY_LIMIT).map((row) => {
      const subject = `${row.subjectType}:${row.subjectId}`
      const newer = lastShown.get(subject)
      const outdated = newer !== undefined && newer > row.firedAt
      if (newer === undefined) lastShown.set(subject, row.firedAt)
      const state = HISTORY_STATE[row.latestState]
      return {
        id: row.reminderId,
        kind: row.kind,
        dueAt: row.dueAt,
        title: { ja: row.titleJa, en: row.titleEn },
        body: { ja: row.bodyJa, en: row.bodyEn },
        route: row.route,
        severity: row.severity,
        firedAt: row.firedAt,
        // A reminder about a credential since renewed, corrected or deleted (or a closure moved
        // or deleted) is withdrawn at once: it no longer says anything true.
        state:
          (state === 'active' || state === 'snoozed') && !isCurrent(row.reminderId)
            ? 'withdrawn'
            : state === 'active' && outdated
              ? 'replaced'
              : state,
        snoozedUntil: row.latestState === 'snoozed' ? row.latestSnoozedUntil : null,
      }
    })
    return { now, upcoming, history, nextDueAt: plan.nextDueAt, pausedUntil: this.pausedUntil(now) }
  }

  /** The next reminders for the tray: soonest first. */
  next(limit: number): Reminder[] {
    const plan = this.plan(this.now(), limit)
    return [...plan.due, ...plan.upcoming].slice(0, limit)
  }

  /** Shows a reminder again later: in 1 hour, tomorrow morning, or in 3 days. */
  snooze(id: string, option: SnoozeOption): ReminderList {
    const now = this.now()
    const until = snoozeUntil(option, now, this.plannerSettings())
    this.repo.immediate(() => {
      this.requireShown(id)
      this.repo.appendAction(id, 'snoozed', now, until)
    })
    this.ctx.events.changed('reminders')
    return this.list()
  }

  /** The owner has read it: it stays in the history, never comes back. */
  dismiss(id: string): ReminderList {
    const now = this.now()
    this.repo.immediate(() => {
      this.requireShown(id)
      this.repo.appendAction(id, 'dismissed', now, null)
    })
    this.ctx.events.changed('reminders')
    return this.list()
  }

  private requireShown(id: string): void {
    const latest = this.repo.latest(id)
    if (!latest || !this.repo.hasFired(id)) throw notFound()
    if (latest.state === 'dismissed') {
      throw appError('reminderDismissed', {})
    }
    if (latest.state === 'superseded') {
      throw appError('reminderReplaced', {})
    }
  }

  // ───────────────────────────── settings ─────────────────────────────

  /** The settings the planner uses: the owner's changes over the mall profiles' recommendation. */
  plannerSettings(): ReminderSettings {
    const s = this.editable()
    return {
      ...defaultReminderSettings,
      thresholdsByKind: s.thresholdsByKind,
      defaultThresholds: s.customThresholds,
      wizardLeadDays: s.wizardLeadDays,
      notifyAt: s.notifyAt,
      quietHours: s.quietHours,
      pausedUntil: this.repo.settings().pausedUntil ?? null,
    }
  }

  editable(): EditableReminderSettings {
    const stored = this.repo.settings()
    const thresholdsByKind = recommendedThresholds()
    for (const [kindId, list] of Object.entries(stored.thresholdsByKind ?? {})) {
      if (kindId in thresholdsByKind && Array.isArray(list)) thresholdsByKind[kindId] = descending(list)
    }
    return {
      thresholdsByKind,
      customThresholds: descending(stored.customThresholds ?? [...defaultReminderThresholds]),
      wizardLeadDays: stored.wizardLeadDays ?? defaultReminderSettings.wizardLeadDays,
      notifyAt: stored.notifyAt ?? defaultReminderSettings.notifyAt,
      quietHours: stored.quietHours ?? null,
    }
  }

  settingsView(): ReminderSettingsView {
    const kindsInUse = new Set<string>()
    for (const view of this.deps.shops.overview().shops) {
      for (const c of view.credentials) kindsInUse.add(c.credential.kindId)
    }
    return {
      ...this.editable(),
      pausedUntil: this.pausedUntil(this.now()),
      recommended: {
        thresholdsByKind: recommendedThresholds(),
        customThresholds: [...defaultReminderThresholds],
      },
      kindsInUse: [...kindsInUse].sort(),
    }
  }

  saveSettings(input: EditableReminderSettings): ReminderSettingsView {
    const problem = reminderSettingsErrors(input)[0]
    if (problem) throw AppError.from(problem)
    const recommended = recommendedThresholds()
    const current = this.repo.settings()
    // Only what differs from the recommendation is kept: a kind left as recommended follows
    // the profiles when they change.
    const thresholdsByKind: Record<string, number[]> = { ...(current.thresholdsByKind ?? {}) }
    for (const [kindId, list] of Object.entries(input.thresholdsByKind)) {
      if (isCustomKind(kindId)) continue
      if (sameList(list, recommended[kindId] ?? [])) delete thresholdsByKind[kindId]
      else thresholdsByKind[kindId] = descending(list)
    }
    const next: StoredReminderSettings = {
      ...current,
      thresholdsByKind,
      customThresholds: descending(input.customThresholds),
      wizardLeadDays: input.wizardLeadDays,
      notifyAt: input.notifyAt,
      quietHours: input.quietHours ? { start: input.quietHours.start, end: input.quietHours.end } : null,
    }
    this.repo.saveSettings(next)
    this.ctx.events.changed('reminders')
    return this.settingsView()
  }

  /**
   * "今日は通知を止める": nothing appears before tomorrow at the usual notify time (Japan time).
   * Not midnight: what was held back would otherwise pop up at 00:00 on a PC left on.
   */
  pauseToday(): { pausedUntil: string } {
    const pausedUntil = `${addDays(this.now().slice(0, 10), 1)}T${this.plannerSettings().notifyAt}:00+09:00`
    this.repo.saveSettings({ ...this.repo.settings(), pausedUntil })
    this.ctx.events.changed('reminders')
    return { pausedUntil }
  }

  resume(): { pausedUntil: null } {
    this.repo.saveSettings({ ...this.repo.settings(), pausedUntil: null })
    this.ctx.events.changed('reminders')
    return { pausedUntil: null }
  }

  /** The pause still in force, or null. */
  pausedUntil(now: string = this.now()): string | null {
    const until = this.repo.settings().pausedUntil
    if (!until) return null
    const key = toJapanInstant(until, 'minute', 'ceil')
    return key !== null && key > now ? key : null
  }
}
