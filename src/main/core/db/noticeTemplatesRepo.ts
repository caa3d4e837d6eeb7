import type { Db } from './open'

/** Edited closure-notice texts and options per scope (migration 007). */
export interface StoredTemplate {
  scope: string
  templateId: string
  lang: 'ja' | 'en'
  body: string
}

export class NoticeTemplatesRepo {
  constructor(private readonly db: Db) {}

  /** The edits of these scopes (a shop's and 'common'). */
  templates(scopes: readonly string[]): StoredTemplate[] {
    if (scopes.length === 0) return []
    const rows = this.db
      .prepare(
        `SELECT scope, template_id, lang, body FROM notice_templates
         WHERE scope IN (${scopes.map(() => '?').join(', ')}) ORDER BY scope, template_id, lang`,
      )
      .all(...scopes) as { scope: string; template_id: string; lang: 'ja' | 'en'; body: string }[]
    return rows.map((r) => ({ scope: r.scope, templateId: r.template_id, lang: r.lang, body: r.body }))
  }

  saveTemplate(t: StoredTemplate, at: string): void {
    this.db
      .prepare(
        `INSERT INTO notice_templates (scope, template_id, lang, body, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (scope, template_id, lang) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
      )
      .run(t.scope, t.templateId, t.lang, t.body, at)
  }

  deleteTemplate(scope: string, templateId: string, lang: 'ja' | 'en' | null): void {
    if (lang === null) {
      this.db
        .prepare('DELETE FROM notice_templates WHERE scope = ? AND template_id = ?')
        .run(scope, templateId)
    } else {
      this.db
        .prepare('DELETE FROM notice_templates WHERE scope = ? AND template_id = ? AND lang = ?')
        .run(scope, templateId, lang)
    }
  }

  options(scope: string): unknown {
    const row = this.db.prepare('SELECT payload FROM notice_options WHERE scope = ?').get(scope) as
      { payload: string } | undefined
    if (!row) return null
    try {
      return JSON.parse(row.payload)
    } catch {
      return null
    }
  }

  saveOptions(scope: string, payload: unknown, at: string): void {
    this.db
      .prepare(
        `INSERT INTO notice_options (scope, payload, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (scope) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at`,
      )
      .run(scope, JSON.stringify(payload), at)
  }

  deleteOptions(scope: string): void {
    this.db.prepare('DELETE FROM notice_options WHERE scope = ?').run(scope)
  }
}
