import type { Db } from './open'
import { prepared, sql } from './statements'

/** A row of app_notices (migration 006): what the app tells the user once. */
export interface StoredNotice {
  id: string
  kind: string
  createdAt: string
  payload: unknown
}

interface NoticeRow {
  id: string
  kind: string
  created_at: string
  payload: string
}

const OPEN = sql<[], NoticeRow>(
  'SELECT id, kind, created_at, payload FROM app_notices WHERE dismissed_at IS NULL ORDER BY created_at, id',
)
const DISMISS = sql<[at: string, id: string]>(
  'UPDATE app_notices SET dismissed_at = ? WHERE id = ? AND dismissed_at IS NULL',
)

function toNotice(r: NoticeRow): StoredNotice {
  return { id: r.id, kind: r.kind, createdAt: r.created_at, payload: parse(r.payload) }
}

export class NoticesRepo {
  constructor(private readonly db: Db) {}

  /** Notices not dismissed yet, oldest first. */
  open(): StoredNotice[] {
    return prepared(this.db, OPEN).all().map(toNotice)
  }

  /** True when a notice with this id was open and is now dismissed. */
  dismiss(id: string, at: string): boolean {
    return prepared(this.db, DISMISS).run(at, id).changes > 0
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
