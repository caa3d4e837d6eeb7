import type { Migration } from './types'

// Preparation runs. A run belongs to a closure (closure_id, no foreign key: deleting
// a closure keeps its run as history) and keeps the closure's name and dates as they were.
// prep_steps holds one row per step instance: the instance itself as JSON (title, subject,
// placeholders) so that a past run reads the same whatever the shop setup becomes, and the
// state the user or the automatic check gave it. position is NULL for an instance that no
// longer applies (a shop paused, a credential deleted): kept, not shown.
export const m005Wizard: Migration = {
  version: 5,
  name: 'preparation runs',
  up(db) {
    db.exec(`
      CREATE TABLE prep_runs (
        id TEXT PRIMARY KEY NOT NULL,
        closure_id TEXT NOT NULL,
        closure_name TEXT NOT NULL,
        closure_start TEXT NOT NULL,
        closure_end TEXT NOT NULL,
        phase_dates TEXT NOT NULL,
        carrier_notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (closure_end >= closure_start)
      ) STRICT;
      CREATE INDEX prep_runs_closure ON prep_runs(closure_id, created_at);

      CREATE TABLE prep_steps (
        run_id TEXT NOT NULL REFERENCES prep_runs(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        position INTEGER,
        instance TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('todo', 'done', 'skipped')),
        skip_reason TEXT,
        notes TEXT NOT NULL DEFAULT '',
        done_at TEXT,
        auto INTEGER NOT NULL DEFAULT 0 CHECK (auto IN (0, 1)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (run_id, key),
        CHECK (state <> 'skipped' OR length(trim(skip_reason)) > 0)
      ) STRICT;
    `)
  },
}
