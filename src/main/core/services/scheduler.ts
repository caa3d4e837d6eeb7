/**
 * The reminder scheduler: plans, fires what is due, and sleeps until the next due moment.
 * Electron-free; the clock, the timers and the notifier are passed in.
 *
 * ── Never repeat ──────────────────────────────────────────────────────────────────────────
 * Each decision (read the log, plan, append the fired AND superseded rows) is ONE SQLite
 * transaction (ReminderService.decide). Notifications are shown only after it commits. So:
 * - a crash or a restart after the commit never shows a reminder again: the log says it fired;
 * - a crash before the commit leaves nothing: the next start decides again and shows it then;
 * - a crash BETWEEN the commit and the OS notification loses that one popup, but the reminder
 *   is in the log and therefore in the 通知 screen's history, waiting for the owner.
 * This is the chosen trade-off: a reminder is never shown twice, at the price of (rarely) a
 * popup that never appeared for a reminder the app still lists.
 *
 * ── Never miss ────────────────────────────────────────────────────────────────────────────
 * - On start it plans at once: whatever came while the app was closed fires now (the planner
 *   keeps only the newest of each subject), several at once as one summary notification.
 * - It sleeps with setTimeout until the next due moment, but never longer than an hour in one
 *   timer; each wake-up plans again, so an hourly wake-up re-checks even when nothing is due.
 * - It plans again when data changes (core events 'changed' on shops, calendar, reminders),
 *   when the shell says the machine woke up or the screen was unlocked (replan), and when a
 *   wake-up comes more than two minutes off the instant the clock says it should have (the
 *   clock was changed, or the machine slept through the timer).
 */
import { condense, type Reminder } from '@shared/domain/reminders'
import type { CoreContext } from '../context'
import type { NotificationRequest } from '../ports'
import type { Decision, ReminderService } from './reminderService'
import type { SettingsService } from './settingsService'

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** Node's timers, unref'd: a pending reminder never keeps a process alive on its own. */
export const systemTimers: Timers = {
  setTimeout(fn, ms) {
    const handle = setTimeout(fn, ms)
    handle.unref?.()
    return handle
  },
  clearTimeout(handle) {
    clearTimeout(handle as ReturnType<typeof setTimeout>)
  },
}

export interface SchedulerOptions {
  timers?: Timers
  /** The longest single timer; default one hour. */
  maxSleepMs?: number
  /** A wake-up this far off the expected instant means the clock jumped; default two minutes. */
  clockJumpMs?: number
  /** More reminders due at once than this become one summary notification; default 3. */
  maxSeparateNotifications?: number
  /**
   * Test seam: called right after a decision is committed and before anything is notified
   * (the crash test kills the process here).
   */
  afterCommit?: (decision: Decision) => void
}

export interface SchedulerStats {
  /** Timer callbacks: the idle cost the benchmark counts. */
  wakeUps: number
  /** Decisions taken (start, timers, replans). */
  plans: number
  /** OS notifications shown (a summary counts once). */
  notifications: number
  /** Reminders recorded as fired / superseded by this scheduler. */
  fired: number
  superseded: number
  clockJumps: number
  /** Every timer duration asked for, in ms (the last 1000). */
  timerDurations: number[]
  longestTimerMs: number
  lastReason: string | null
  /** When the current timer is expected to fire, by the app's clock (ISO), or null. */
  nextWakeAt: string | null
  /** The next reminder's instant, or null when nothing lies ahead. */
  nextDueAt: string | null
}

const HOUR = 3600_000
/** A timer is never shorter than this: a due moment a few ms off never spins the loop. */
const MIN_SLEEP_MS = 1000
/** After a failed decision (database busy, …), try again this soon. */
const RETRY_MS = 60_000
const REPLAN_TOPICS = new Set(['shops', 'calendar', 'reminders'])

export class ReminderScheduler {
  private readonly timers: Timers
  private readonly maxSleepMs: number
  private readonly clockJumpMs: number
  private readonly maxSeparate: number
  private handle: unknown = null
  private expectedWakeMs: number | null = null
  private started = false
  private running = false
  private pendingReason: string | null = null
  private emitting = false
  private announcement: ReturnType<typeof setImmediate> | null = null
  private unsubscribe: (() => void) | null = null
  private nextDueAt: string | null = null
  private readonly counters: Omit<SchedulerStats, 'nextWakeAt' | 'nextDueAt'> = {
    wakeUps: 0,
    plans: 0,
    notifications: 0,
    fired: 0,
    superseded: 0,
    clockJumps: 0,
    timerDurations: [],
    longestTimerMs: 0,
    lastReason: null,
  }

  constructor(
    private readonly ctx: CoreContext,
    private readonly reminders: ReminderService,
    private readonly settings: SettingsService,
    private readonly options: SchedulerOptions = {},
  ) {
    this.timers = options.timers ?? systemTimers
    this.maxSleepMs = Math.min(options.maxSleepMs ?? HOUR, HOUR)
    this.clockJumpMs = options.clockJumpMs ?? 2 * 60_000
    this.maxSeparate = options.maxSeparateNotifications ?? 3
  }

  get isStarted(): boolean {
    return this.started
  }

  /** Plans at once (catching up on what came while the app was closed) and keeps planning. */
  start(): void {
    if (this.started) return
    this.started = true
    this.unsubscribe = this.ctx.events.on((event) => {
      if (this.emitting || event.type !== 'changed') return
      if (event.topics.some((t) => REPLAN_TOPICS.has(t))) this.replan(`changed:${event.topics.join(',')}`)
    })
    this.replan('start')
  }

  stop(): void {
    this.started = false
    if (this.announcement !== null) clearImmediate(this.announcement)
    this.announcement = null
    this.unsubscribe?.()
    this.unsubscribe = null
    this.disarm()
  }

  /**
   * Plans now: fires what is due, records it, and sets the next timer. The shell calls it after
   * the machine wakes or the screen is unlocked; tests call it after moving the clock.
   * Returns the reminders notified by this call. Also works on a stopped scheduler (then no
   * timer is set).
   */
  replan(reason: string): Reminder[] {
    if (this.running) {
      // A change announced while deciding (our own events aside): plan once more right after.
      this.pendingReason = reason
      return []
    }
    this.running = true
    const notified: Reminder[] = []
    let failed = false
    try {
      let next: string | null = reason
      while (next !== null) {
        this.pendingReason = null
        this.counters.lastReason = next
        const due = this.step()
        if (due === null) failed = true
        else notified.push(...due)
        next = this.pendingReason
      }
    } finally {
      this.running = false
    }
    this.arm(failed)
    return notified
  }

  /** One decision and its notifications; null when the decision failed (logged). */
  private step(): Reminder[] | null {
    let decision: Decision
    try {
      decision = this.reminders.decide()
    } catch (error) {
      this.ctx.logger.error('reminder planning failed', {
        error: error instanceof Error ? error.message : String(error),
      })
      return null
    }
    this.counters.plans++
    this.nextDueAt = decision.nextDueAt
    if (decision.due.length === 0 && decision.superseded.length === 0) return []
    this.counters.fired += decision.due.length
    this.counters.superseded += decision.superseded.length
    // Committed. From here a crash loses at most these popups, never the reminders (see top).
    this.options.afterCommit?.(decision)
    this.notify(decision)
    this.announce()
    return decision.due
  }

  /**
   * Tells the window and the tray that reminders changed, once the current event has reached
   * every listener: a decision taken because of a 'calendar' change must not overtake that
   * change on its way to them.
   */
  private announce(): void {
    if (this.announcement !== null) return
    this.announcement = setImmediate(() => {
      this.announcement = null
      this.emitting = true
      try {
        this.ctx.events.changed('reminders')
      } finally {
        this.emitting = false
      }
    })
  }

  private notify(decision: Decision): void {
    const { due } = decision
    if (due.length === 0) return
    const lang = this.settings.get().language
    const requests: NotificationRequest[] =
      due.length <= this.maxSeparate
        ? sortForShowing(due).map((r) => ({
            id: r.id,
            title: r.title[lang],
            body: r.body[lang],
            route: r.route,
          }))
        : [{ id: `summary:${decision.now}`, ...condense(due, lang) }]
    for (const request of requests) {
      try {
        this.ctx.notifier.show(request)
        this.counters.notifications++
      } catch (error) {
        this.ctx.logger.warn('notification not shown', {
          id: request.id,
          error: error instanceof Error ? error.message : String(error),
        })
      }
    }
    this.ctx.logger.info('reminders fired', { count: due.length, notifications: requests.length })
  }

  private arm(failed = false): void {
    this.disarm()
    if (!this.started) return
    const nowMs = this.ctx.clock.now().getTime()
    const dueMs = this.nextDueAt ? Date.parse(this.nextDueAt) : Number.POSITIVE_INFINITY
    const wanted = failed ? RETRY_MS : dueMs - nowMs
    const delay = Math.round(Math.min(Math.max(wanted, MIN_SLEEP_MS), this.maxSleepMs))
    this.expectedWakeMs = nowMs + delay
    this.counters.timerDurations.push(delay)
    if (this.counters.timerDurations.length > 1000) this.counters.timerDurations.shift()
    this.counters.longestTimerMs = Math.max(this.counters.longestTimerMs, delay)
    this.handle = this.timers.setTimeout(() => this.wake(), delay)
  }

  private disarm(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle)
    this.handle = null
    this.expectedWakeMs = null
  }

  private wake(): void {
    this.handle = null
    this.counters.wakeUps++
    const expected = this.expectedWakeMs
    this.expectedWakeMs = null
    let reason = 'timer'
    if (expected !== null) {
      const offMs = this.ctx.clock.now().getTime() - expected
      if (Math.abs(offMs) > this.clockJumpMs) {
        this.counters.clockJumps++
        this.ctx.logger.info('clock jump detected', { offMs })
        reason = 'clock-jump'
      }
    }
    this.replan(reason)
  }

  stats(): SchedulerStats {
    return {
      ...this.counters,
      timerDurations: [...this.counters.timerDurations],
      nextWakeAt: this.expectedWakeMs !== null ? new Date(this.expectedWakeMs).toISOString() : null,
      nextDueAt: this.nextDueAt,
    }
  }
}

const SEVERITY_RANK: Record<Reminder['severity'], number> = { critical: 0, warning: 1, info: 2 }

function sortForShowing(due: Reminder[]): Reminder[] {
  return [...due].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
}
