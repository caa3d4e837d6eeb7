import { defaultCalendarSettings, type CalendarSettings, type Closure } from '@shared/domain/types'
import type { Db } from './open'
import { SettingsRepo } from './settingsRepo'
import { prepared, sql } from './statements'

const KEY = 'calendar.settings'

type StoredSettings = Omit<CalendarSettings, 'closures'>

interface ClosureRow {
  id: string
  name: string
  start_date: string
  end_date: string
}

const CLOSURES = sql<[], ClosureRow>(
  'SELECT id, name, start_date, end_date FROM closures ORDER BY start_date, id',
)
const UPSERT_CLOSURE = sql<ClosureRow & { now: string }>(
  `INSERT INTO closures (id, name, start_date, end_date, created_at, updated_at)
   VALUES (@id, @name, @start_date, @end_date, @now, @now)
   ON CONFLICT(id) DO UPDATE SET name = excluded.name, start_date = excluded.start_date,
     end_date = excluded.end_date, updated_at = excluded.updated_at`,
)
const DELETE_CLOSURE = sql<[id: string]>('DELETE FROM closures WHERE id = ?')

function toClosure(r: ClosureRow): Closure {
  return { id: r.id, name: r.name, start: r.start_date, end: r.end_date }
}

function closureRow(c: Closure): ClosureRow {
  return { id: c.id, name: c.name, start_date: c.start, end_date: c.end }
}

/** The business calendar: one JSON setting plus the closures table. */
export class CalendarRepo {
  private readonly settings: SettingsRepo

  constructor(private readonly db: Db) {
    this.settings = new SettingsRepo(db)
  }

  load(): CalendarSettings {
    const { closures: _ignored, ...defaults } = defaultCalendarSettings
    const stored = { ...defaults, ...this.settings.get<Partial<StoredSettings>>(KEY, {}) }
    return { ...stored, closures: this.closures() }
  }

  saveSettings(settings: StoredSettings): void {
    this.settings.set(KEY, settings)
  }

  closures(): Closure[] {
    return prepared(this.db, CLOSURES).all().map(toClosure)
  }

  upsertClosure(closure: Closure, now: string): void {
    prepared(this.db, UPSERT_CLOSURE).run({ ...closureRow(closure), now })
  }

  deleteClosure(id: string): boolean {
    return prepared(this.db, DELETE_CLOSURE).run(id).changes > 0
  }
}
