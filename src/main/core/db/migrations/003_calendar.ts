import type { Migration } from './types'

// Weekly days off, holidays, cut-off and lead time are one JSON setting ('calendar.settings');
// closures get a table because preparation runs and reminders refer to them by id.
export const m003Calendar: Migration = {
  version: 3,
  name: 'closures',
  up(db) {
    db.exec(`
      CREATE TABLE closures (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL CHECK (end_date >= start_date),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX closures_start ON closures(start_date);
    `)
  },
}
