import Database from 'better-sqlite3'
import type { Db } from './open'
import { prepared } from './statements'

export type Cell = string | number | null
export type Row = Record<string, Cell>
export type TableDump = Record<string, Row[]>

/**
 * Columns that point at or hint at a secret. A backup never carries them: restored
 * credentials keep this PC's own keychain entry when there is one, or ask for the secret again.
 */
export const SECRET_COLUMNS: Record<string, Record<string, Cell>> = {
  credentials: { secret_account: null, secret_hint: '' },
}

interface ForeignKey {
  table: string
}

/** The app's tables, parents before children (foreign keys), so inserts never dangle. */
export function tablesInOrder(db: Db | Database.Database): string[] {
  const names = (
    prepared(
      db,
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    ).all() as {
      name: string
    }[]
  ).map((r) => r.name)
  const parents = new Map(
    names.map((n) => [
      n,
      (prepared(db, `PRAGMA foreign_key_list("${n}")`).all() as ForeignKey[])
        .map((f) => f.table)
        .filter((t) => t !== n),
    ]),
  )
  const ordered: string[] = []
  const visit = (n: string, path: Set<string>) => {
    if (ordered.includes(n) || path.has(n)) return
    path.add(n)
    for (const p of parents.get(n) ?? []) visit(p, path)
    ordered.push(n)
  }
  for (const n of names.sort()) visit(n, new Set())
  return ordered
}

export function columnsOf(db: Db | Database.Database, table: string): string[] {
  return (prepared(db, `PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name)
}

/** Every row of every table, secret columns blanked. */
export function dumpTables(db: Db): TableDump {
  const dump: TableDump = {}
  for (const table of tablesInOrder(db)) {
    const blank = SECRET_COLUMNS[table] ?? {}
    dump[table] = (prepared(db, `SELECT * FROM "${table}" ORDER BY rowid`).all() as Row[]).map((row) => ({
      ...row,
      ...blank,
    }))
  }
  return dump
}

function insertRows(db: Db | Database.Database, table: string, rows: Row[], mode: 'insert' | 'upsert') {
  if (rows.length === 0) return
  const info = prepared(db, `PRAGMA table_info("${table}")`).all() as { name: string; pk: number }[]
  const columns = info.map((c) => c.name)
  const keys = info.filter((c) => c.pk > 0).map((c) => `"${c.name}"`)
  const list = columns.map((c) => `"${c}"`).join(', ')
  const params = columns.map((c) => `@${c}`).join(', ')
  // An upsert, not INSERT OR REPLACE: a replace deletes the row first, and the foreign keys'
  // ON DELETE CASCADE would take its children with it.
  const updates = columns.map((c) => `"${c}" = excluded."${c}"`).join(', ')
  const conflict =
    mode === 'upsert' && keys.length > 0 ? ` ON CONFLICT(${keys.join(', ')}) DO UPDATE SET ${updates}` : ''
  const stmt = prepared(db, `INSERT INTO "${table}" (${list}) VALUES (${params})${conflict}`)
  for (const row of rows) stmt.run(Object.fromEntries(columns.map((c) => [c, row[c] ?? null])))
}

/**
 * Brings a dump written at an older schema version up to the current one: it is loaded into
 * an in-memory database at that version (SQLite checks every constraint on the way), the
 * same migrations as the app's then run, and the result is dumped again.
 */
export function upgradeDump(
  dump: TableDump,
  fromVersion: number,
  migrateTo: (db: Database.Database, version: number) => void,
  latest: number,
): TableDump {
  const mem = new Database(':memory:')
  try {
    mem.pragma('foreign_keys = ON')
    migrateTo(mem, fromVersion)
    mem.transaction(() => {
      for (const table of tablesInOrder(mem)) insertRows(mem, table, dump[table] ?? [], 'insert')
    })()
    migrateTo(mem, latest)
    return dumpTables(mem as unknown as Db)
  } finally {
    mem.close()
  }
}

/**
 * Writes a dump into the app database in one transaction: all of it or nothing. 'replace'
 * empties the tables first; 'merge' keeps what is here and overwrites rows with the same key.
 * A credential that exists here keeps this PC's keychain reference.
 */
export function restoreTables(db: Db, dump: TableDump, mode: 'replace' | 'merge'): void {
  const order = tablesInOrder(db)
  db.transaction(() => {
    const localSecrets = new Map(
      (prepared(db, 'SELECT id, secret_account, secret_hint FROM credentials').all() as Row[]).map((r) => [
        r.id as string,
        r,
      ]),
    )
    if (mode === 'replace')
      for (const table of [...order].reverse()) prepared(db, `DELETE FROM "${table}"`).run()
    for (const table of order) {
      let rows = dump[table] ?? []
      if (table === 'credentials') {
        rows = rows.map((r) => {
          const local = localSecrets.get(r.id as string)
          return local ? { ...r, secret_account: local.secret_account!, secret_hint: local.secret_hint! } : r
        })
      }
      insertRows(db, table, rows, 'upsert')
    }
    const problems = db.pragma('foreign_key_check') as unknown[]
    if (problems.length > 0) throw new Error(`foreign keys broken: ${problems.length}`)
  })()
}

/** Ids of the credentials whose secret is in this PC's keychain. */
export function localSecretAccounts(db: Db): Set<string> {
  const rows = prepared(db, 'SELECT id FROM credentials WHERE secret_account IS NOT NULL').all() as {
    id: string
  }[]
  return new Set(rows.map((r) => r.id))
}
