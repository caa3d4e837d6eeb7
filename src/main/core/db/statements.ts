import type Database from 'better-sqlite3'
import type { Db } from './open'

type Params = unknown[] | object

/** What better-sqlite3's own `prepare` gives for these parameters (an object binds `@name`s). */
export type Prepared<P extends Params, R> = P extends unknown[]
  ? Database.Statement<P, R>
  : Database.Statement<[P], R>

/** A statement's text with the types of its parameters and rows, written once beside its repository. */
export interface Sql<P extends Params, R> {
  readonly text: string
  /** Never set: carries the types from the definition to `prepared`. */
  readonly types?: [P, R]
}

export function sql<P extends Params = [], R = unknown>(text: string): Sql<P, R> {
  return { text }
}

// Per database, not per repository: services build their repositories (and repositories their
// SettingsRepo) at every core start, and all of them share one compiled statement per text.
// Compiling on first use keeps the cold start from paying for statements it never runs.
const caches = new WeakMap<Db, Map<string, Database.Statement<unknown[], unknown>>>()

/** The database's compiled statement for this text, compiled the first time it is asked for. */
export function prepared<P extends Params = unknown[], R = unknown>(
  db: Db,
  query: Sql<P, R> | string,
): Prepared<P, R> {
  let cache = caches.get(db)
  if (!cache) {
    cache = new Map()
    caches.set(db, cache)
  }
  const text = typeof query === 'string' ? query : query.text
  let statement = cache.get(text)
  if (!statement) {
    statement = db.prepare(text)
    cache.set(text, statement)
  }
  return statement as unknown as Prepared<P, R>
}
