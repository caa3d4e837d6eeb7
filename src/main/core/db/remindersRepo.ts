import type { FiredEntry, Reminder, ReminderKind } from '../../../shared/domain/reminders'
import type { Db } from './open'
import { SettingsRepo } from './settingsRepo'

const SETTINGS_KEY = 'reminders.settings'

/** The reminder settings as stored: only what the owner changed or set, merged over defaults by the service. */
export interface StoredReminderSettings {
  thresholdsByKind?: Record<string, number[]>
  customThresholds?: number[]
  wizardLeadDays?: number
  notifyAt?: string
  quietHours?: { start: string; end: string } | null
  pausedUntil?: string | null
}

export type LogState = FiredEntry['state']

/** One reminder of the history: its latest 'fired' row and the latest row of any state. */
export interface HistoryRow {
  reminderId: string
  kind: ReminderKind
  firedAt: string
  dueAt: string
  route: string
  severity: Reminder['severity']
  subjectType: Reminder['subject']['type']
  subjectId: string
  titleJa: string
  titleEn: string
  bodyJa: string
  bodyEn: string
  latestState: LogState
  latestSnoozedUntil: string | null
}

interface LogRow {
  reminder_id: string
  state: LogState
  at: string
  snoozed_until: string | null
}

/** The append-only reminder log and the reminder settings. */
export class RemindersRepo {
  private readonly settingsRepo: SettingsRepo
  private readonly logStmt
  private readonly appendStmt
  private readonly latestStmt
  private readonly historyStmt
  private readonly firedStmt

  constructor(private readonly db: Db) {
    this.settingsRepo = new SettingsRepo(db)
    this.logStmt = db.prepare<[], LogRow>(
      'SELECT reminder_id, state, at, snoozed_until FROM reminder_log ORDER BY seq',
    )
    this.appendStmt = db.prepare(
      `INSERT INTO reminder_log (reminder_id, state, at, snoozed_until, kind, due_at, subject_type,
         subject_id, route, severity, title_ja, title_en, body_ja, body_en)
       VALUES (@reminderId, @state, @at, @snoozedUntil, @kind, @dueAt, @subjectType, @subjectId,
         @route, @severity, @titleJa, @titleEn, @bodyJa, @bodyEn)`,
    )
    this.latestStmt = db.prepare<[string], LogRow>(
      `SELECT reminder_id, state, at, snoozed_until FROM reminder_log WHERE reminder_id = ?
       ORDER BY seq DESC LIMIT 1`,
    )
    this.firedStmt = db.prepare<[string], { n: number }>(
      "SELECT COUNT(*) AS n FROM reminder_log WHERE reminder_id = ? AND state = 'fired'",
    )
    this.historyStmt = db.prepare<[number], Record<string, string | null>>(
      `SELECT f.reminder_id, f.kind, f.at AS fired_at, f.due_at, f.route, f.severity, f.subject_type, f.subject_id,
              f.title_ja, f.title_en, f.body_ja, f.body_en,
              l.state AS latest_state, l.snoozed_until AS latest_until
         FROM (SELECT reminder_id, MAX(seq) AS fired_seq FROM reminder_log
                WHERE state = 'fired' GROUP BY reminder_id) lf
         JOIN reminder_log f ON f.seq = lf.fired_seq
         JOIN (SELECT reminder_id, MAX(seq) AS last_seq FROM reminder_log GROUP BY reminder_id) ll
           ON ll.reminder_id = lf.reminder_id
         JOIN reminder_log l ON l.seq = ll.last_seq
        ORDER BY f.seq DESC
        LIMIT ?`,
    )
  }

  /**
   * Runs `fn` in one SQLite transaction that takes the write lock at once (BEGIN IMMEDIATE):
   * what is read to decide and what is written about the decision cannot be split by another
   * writer, and a crash leaves either all of it or none.
   */
  immediate<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate()
  }

  /** The whole log, in the order it was written (the planner's `fired`). */
  log(): FiredEntry[] {
    return this.logStmt.all().map((r) => ({
      reminderId: r.reminder_id,
      firedAt: r.at,
      state: r.state,
      snoozedUntil: r.snoozed_until,
    }))
  }

  latest(reminderId: string): FiredEntry | null {
    const r = this.latestStmt.get(reminderId)
    return r
      ? { reminderId: r.reminder_id, firedAt: r.at, state: r.state, snoozedUntil: r.snoozed_until }
      : null
  }

  /** Whether the reminder has ever been shown. */
  hasFired(reminderId: string): boolean {
    return (this.firedStmt.get(reminderId)?.n ?? 0) > 0
  }

  /** Appends a fired or superseded reminder with its words. */
  appendDecision(reminder: Reminder, state: 'fired' | 'superseded', at: string): void {
    this.appendStmt.run({
      reminderId: reminder.id,
      state,
      at,
      snoozedUntil: null,
      kind: reminder.kind,
      dueAt: reminder.dueAt,
      subjectType: reminder.subject.type,
      subjectId: reminder.subject.id,
      route: reminder.route,
      severity: reminder.severity,
      titleJa: reminder.title.ja,
      titleEn: reminder.title.en,
      bodyJa: reminder.body.ja,
      bodyEn: reminder.body.en,
    })
  }

  /** Appends the owner's answer to a shown reminder. */
  appendAction(
    reminderId: string,
    state: 'snoozed' | 'dismissed',
    at: string,
    snoozedUntil: string | null,
  ): void {
    this.appendStmt.run({
      reminderId,
      state,
      at,
      snoozedUntil: state === 'snoozed' ? snoozedUntil : null,
      kind: null,
      dueAt: null,
      subjectType: null,
      subjectId: null,
      route: null,
      severity: null,
      titleJa: null,
      titleEn: null,
      bodyJa: null,
      bodyEn: null,
    })
  }

  /** Every reminder ever shown, by the time it was last shown, newest first. */
  history(limit: number): HistoryRow[] {
    return this.historyStmt.all(limit).map((r) => ({
      reminderId: r.reminder_id as string,
      kind: r.kind as ReminderKind,
      firedAt: r.fired_at as string,
      dueAt: r.due_at as string,
      route: r.route as string,
      severity: r.severity as Reminder['severity'],
      subjectType: r.subject_type as Reminder['subject']['type'],
      subjectId: r.subject_id as string,
      titleJa: r.title_ja as string,
      titleEn: r.title_en as string,
      bodyJa: r.body_ja as string,
      bodyEn: r.body_en as string,
      latestState: r.latest_state as LogState,
      latestSnoozedUntil: r.latest_until ?? null,
    }))
  }

  settings(): StoredReminderSettings {
    const stored = this.settingsRepo.get<StoredReminderSettings>(SETTINGS_KEY, {})
    return typeof stored === 'object' && stored !== null ? stored : {}
  }

  saveSettings(next: StoredReminderSettings): void {
    this.settingsRepo.set(SETTINGS_KEY, next)
  }
}
