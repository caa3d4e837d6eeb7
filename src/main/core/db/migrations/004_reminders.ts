import type { Migration } from './types'

// The reminder log: append-only, one row per event of a reminder ('fired', 'superseded',
// 'snoozed', 'dismissed'), in the order written (seq). The planner reads it to never notify
// twice; the 通知 screen reads it for the history. Fired and superseded rows keep the words the
// reminder had when it was decided, so the history shows what the owner actually saw.
// The reminder settings are one JSON value in `settings` ('reminders.settings').
export const m004Reminders: Migration = {
  version: 4,
  name: 'reminder log',
  up(db) {
    db.exec(`
      CREATE TABLE reminder_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        reminder_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('fired', 'superseded', 'snoozed', 'dismissed')),
        at TEXT NOT NULL,
        snoozed_until TEXT,
        kind TEXT,
        due_at TEXT,
        subject_type TEXT CHECK (subject_type IS NULL OR subject_type IN ('credential', 'closure')),
        subject_id TEXT,
        route TEXT,
        severity TEXT CHECK (severity IS NULL OR severity IN ('critical', 'warning', 'info')),
        title_ja TEXT,
        title_en TEXT,
        body_ja TEXT,
        body_en TEXT,
        CHECK ((state = 'snoozed') = (snoozed_until IS NOT NULL))
      ) STRICT;
      CREATE INDEX reminder_log_reminder ON reminder_log(reminder_id, seq);
      CREATE INDEX reminder_log_state ON reminder_log(state, seq);
    `)
  },
}
