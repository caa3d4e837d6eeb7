import { addDays, addMonths } from '@shared/domain/isoDate'
import type { Migration } from './types'

// The mall facts checked 2026-12. Rakuten's license key lasts 90 days, not the
// 3 months the app used to estimate (up to two days long), so estimated expiries of stored
// credentials are recomputed from their issue date. Entered dates and dates read from a
// certificate are the mall's own and are never touched.
//
// The lifetimes are frozen here on purpose: a later change of the profiles must not change what
// this migration did. Yahoo!'s certificate keeps its year; its rows are only reported, because
// the method itself ended on 2023-07-27.
//
// app_notices holds what the app has to tell the user once (the shops screen reads it until it
// is dismissed). payload is JSON without secrets: credential ids and dates.
const RECOMPUTE: Record<string, (issuedOn: string) => string> = {
  'rakuten.licenseKey': (d) => addDays(d, 90),
  'yahoo.certificate': (d) => addMonths(d, 12),
}

export const m006MallFacts: Migration = {
  version: 6,
  name: 'mall facts 2026-12',
  up(db) {
    db.exec(`
      CREATE TABLE app_notices (
        id TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        payload TEXT NOT NULL DEFAULT '{}',
        dismissed_at TEXT
      ) STRICT;
    `)
    const now = new Date().toISOString()
    const kinds = Object.keys(RECOMPUTE)
    const estimated = db
      .prepare(
        `SELECT id, kind_id, issued_on, expires_on FROM credentials
         WHERE expiry_source = 'estimated' AND issued_on IS NOT NULL
           AND kind_id IN (${kinds.map(() => '?').join(', ')})
         ORDER BY created_at, id`,
      )
      .all(...kinds) as { id: string; kind_id: string; issued_on: string; expires_on: string }[]
    const update = db.prepare('UPDATE credentials SET expires_on = ?, updated_at = ? WHERE id = ?')
    const history = db.prepare(
      `INSERT INTO credential_history
         (credential_id, at, action, actor, old_issued_on, new_issued_on, old_expires_on, new_expires_on,
          old_expiry_source, new_expiry_source, secret_changed, note)
       VALUES (?, ?, 'recompute', 'app', ?, ?, ?, ?, 'estimated', 'estimated', 0, '')`,
    )
    const moved: { credentialId: string; kindId: string; oldExpiresOn: string; newExpiresOn: string }[] = []
    for (const row of estimated) {
      const next = RECOMPUTE[row.kind_id]!(row.issued_on)
      if (next === row.expires_on) continue
      update.run(next, now, row.id)
      history.run(row.id, now, row.issued_on, row.issued_on, row.expires_on, next)
      moved.push({
        credentialId: row.id,
        kindId: row.kind_id,
        oldExpiresOn: row.expires_on,
        newExpiresOn: next,
      })
    }
    const notice = db.prepare('INSERT INTO app_notices (id, kind, created_at, payload) VALUES (?, ?, ?, ?)')
    if (moved.length > 0)
      notice.run('006:estimatesMoved', 'estimatesMoved', now, JSON.stringify({ items: moved }))
    const certificates = db
      .prepare(`SELECT id FROM credentials WHERE kind_id = 'yahoo.certificate' ORDER BY created_at, id`)
      .all() as { id: string }[]
    if (certificates.length > 0)
      notice.run(
        '006:legacyCertificate',
        'legacyCertificate',
        now,
        JSON.stringify({ items: certificates.map((c) => ({ credentialId: c.id })) }),
      )
  },
}
