import { defaultCalendarSettings, type CalendarSettings, type Closure } from '../../../shared/domain/types'
import type { Db } from './open'
import { SettingsRepo } from './settingsRepo'

const KEY = 'calendar.settings'

type StoredSettings = Omit<CalendarSettings, 'closures'>

interface ClosureRow {
  id: string
  name: string
  start_date: string
  end_date: string
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
    const rows = this.db
      .prepare<[], ClosureRow>('SELECT id, name, start_date, end_date FROM closures ORDER BY start_date, id')
      .all()
    return rows.map((r) => ({ id: r.id, name: r.name, start: r.start_date, end: r.end_date }))
  }

  upsertClosure(closure: Closure, now: string): void {
    this.db
      .prepare(
        `INSERT INTO closures (id, name, start_date, end_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, start_date = excluded.start_date,
           end_date = excluded.end_date, updated_at = excluded.updated_at`,
      )
      .run(closure.id, closure.name, closure.start, closure.end, now, now)
  }

  deleteClosure(id: string): boolean {
    return this.db.prepare('DELETE FROM closures WHERE id = ?').run(id).changes > 0
  }
}
