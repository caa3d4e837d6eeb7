import type { Db } from './open'
import { prepared, sql } from './statements'

const GET = sql<[key: string], { value: string }>('SELECT value FROM settings WHERE key = ?')
const PUT = sql<[key: string, value: string]>(
  'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
)

/** Key → JSON value store for small settings (language, reminder options, …). */
export class SettingsRepo {
  constructor(private readonly db: Db) {}

  get<T>(key: string, fallback: T): T {
    const row = prepared(this.db, GET).get(key)
    if (!row) return fallback
    try {
      return JSON.parse(row.value) as T
    } catch {
      return fallback
    }
  }

  set(key: string, value: unknown): void {
    prepared(this.db, PUT).run(key, JSON.stringify(value))
  }
}
