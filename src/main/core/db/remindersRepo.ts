import type { FiredEntry, Reminder, ReminderKind } from '@shared/domain/reminders'
import type { Db } from './open'
import { SettingsRepo } from './settingsRepo'
import { prepared, sql } from './statements'

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

/** A log row as written: the decision's words, or nulls for the owner's answer. */
interface AppendRow {
  reminderId: string
  state: LogState
  at: string
  snoozedUntil: string | null
  kind: ReminderKind | null
  dueAt: string | null
  subjectType: Reminder['subject']['type'] | null
  subjectId: string | null
  route: string | null
  severity: Reminder['severity'] | null
  titleJa: string | null
  titleEn: string | null
  bodyJa: string | null
  bodyEn: string | null
}

interface HistoryQueryRow {
  reminder_id: string
  kind: ReminderKind
  fired_at: string
  due_at: string
  route: string
  severity: Reminder['severity']
  subject_type: Reminder['subject']['type']
  subject_id: string
  title_ja: string
  title_en: string
  body_ja: string
  body_en: string
  latest_state: LogState
  latest_until: string | null
}

const LOG = sql<[], LogRow>('SELECT reminder_id, state, at, snoozed_until FROM reminder_log ORDER BY seq')
const APPEND = sql<AppendRow>(
  `INSERT INTO reminder_log (reminder_id, state, at, snoozed_until, kind, due_at, subject_type,
     subject_id, route, severity, title_ja, title_en, body_ja, body_en)
   VALUES (@reminderId, @state, @at, @snoozedUntil, @kind, @dueAt, @subjectType, @subjectId,
     @route, @severity, @titleJa, @titleEn, @bodyJa, @bodyEn)`,
)
const LATEST = sql<[reminderId: string], LogRow>(
  `SELECT reminder_id, state, at, snoozed_until FROM reminder_log WHERE reminder_id = ?
   ORDER BY seq DESC LIMIT 1`,
)
const FIRED_COUNT = sql<[reminderId: string], { n: number }>(
  "SELECT COUNT(*) AS n FROM reminder_log WHERE reminder_id = ? AND state = 'fired'",
)
const HISTORY = sql<[limit: number], HistoryQueryRow>(
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

function toFired(r: LogRow): FiredEntry {
  return { reminderId: r.reminder_id, firedAt: r.at, state: r.state, snoozedUntil: r.snoozed_until }
}

/** A log row from its entry, with the reminder's words for a decision (null for an answer). */
function logRow(e: FiredEntry, words: Reminder | null): AppendRow {
  return {
    reminderId: e.reminderId,
    state: e.state,
    at: e.firedAt,
    snoozedUntil: e.snoozedUntil,
    kind: words?.kind ?? null,
    dueAt: words?.dueAt ?? null,
    subjectType: words?.subject.type ?? null,
    subjectId: words?.subject.id ?? null,
    route: words?.route ?? null,
    severity: words?.severity ?? null,
    titleJa: words?.title.ja ?? null,
    titleEn: words?.title.en ?? null,
    bodyJa: words?.body.ja ?? null,
    bodyEn: words?.body.en ?? null,
  }
}

function toHistory(r: HistoryQueryRow): HistoryRow {
  return {
    reminderId: r.reminder_id,
    kind: r.kind,
    firedAt: r.fired_at,
    dueAt: r.due_at,
    route: r.route,
    severity: r.severity,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    titleJa: r.title_ja,
    titleEn: r.title_en,
    bodyJa: r.body_ja,
    bodyEn: r.body_en,
    latestState: r.latest_state,
    latestSnoozedUntil: r.latest_until ?? null,
  }
}

/** The append-only reminder log and the reminder settings. */
export class RemindersRepo {
  private readonly settingsRepo: SettingsRepo

  constructor(private readonly db: Db) {
    this.settingsRepo = new SettingsRepo(db)
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
    return prepared(this.db, LOG).all().map(toFired)
  }

  latest(reminderId: string): FiredEntry | null {
    const r = prepared(this.db, LATEST).get(reminderId)
    return r ? toFired(r) : null
  }

  /** Whether the reminder has ever been shown. */
  hasFired(reminderId: string): boolean {
    return (prepared(this.db, FIRED_COUNT).get(reminderId)?.n ?? 0) > 0
  }

  /** Appends a fired or superseded reminder with its words. */
  appendDecision(reminder: Reminder, state: 'fired' | 'superseded', at: string): void {
    prepared(this.db, APPEND).run(
      logRow({ reminderId: reminder.id, state, firedAt: at, snoozedUntil: null }, reminder),
    )
  }

  /** Appends the owner's answer to a shown reminder. */
  appendAction(
    reminderId: string,
    state: 'snoozed' | 'dismissed',
    at: string,
    snoozedUntil: string | null,
  ): void {
    const entry = { reminderId, state, firedAt: at, snoozedUntil: state === 'snoozed' ? snoozedUntil : null }
    prepared(this.db, APPEND).run(logRow(entry, null))
  }

  /** Every reminder ever shown, by the time it was last shown, newest first. */
  history(limit: number): HistoryRow[] {
    return prepared(this.db, HISTORY).all(limit).map(toHistory)
  }

  settings(): StoredReminderSettings {
    const stored = this.settingsRepo.get<StoredReminderSettings>(SETTINGS_KEY, {})
    return typeof stored === 'object' && stored !== null ? stored : {}
  }

  saveSettings(next: StoredReminderSettings): void {
    this.settingsRepo.set(SETTINGS_KEY, next)
  }
}
