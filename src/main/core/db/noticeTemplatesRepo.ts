import type { Db } from './open'
import { prepared, sql } from './statements'

/** Edited closure-notice texts and options per scope (migration 007). */
export interface StoredTemplate {
  scope: string
  templateId: string
  lang: 'ja' | 'en'
  body: string
}

interface TemplateRow {
  scope: string
  template_id: string
  lang: 'ja' | 'en'
  body: string
}

// The scopes arrive as one JSON array, so one compiled statement serves any number of them.
const TEMPLATES = sql<[scopesJson: string], TemplateRow>(
  `SELECT scope, template_id, lang, body FROM notice_templates
   WHERE scope IN (SELECT value FROM json_each(?)) ORDER BY scope, template_id, lang`,
)
const SAVE_TEMPLATE = sql<TemplateRow & { at: string }>(
  `INSERT INTO notice_templates (scope, template_id, lang, body, updated_at)
   VALUES (@scope, @template_id, @lang, @body, @at)
   ON CONFLICT (scope, template_id, lang) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
)
const DELETE_TEMPLATE = sql<[scope: string, templateId: string]>(
  'DELETE FROM notice_templates WHERE scope = ? AND template_id = ?',
)
const DELETE_TEMPLATE_LANG = sql<[scope: string, templateId: string, lang: 'ja' | 'en']>(
  'DELETE FROM notice_templates WHERE scope = ? AND template_id = ? AND lang = ?',
)
const OPTIONS = sql<[scope: string], { payload: string }>(
  'SELECT payload FROM notice_options WHERE scope = ?',
)
const SAVE_OPTIONS = sql<[scope: string, payload: string, at: string]>(
  `INSERT INTO notice_options (scope, payload, updated_at) VALUES (?, ?, ?)
   ON CONFLICT (scope) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at`,
)
const DELETE_OPTIONS = sql<[scope: string]>('DELETE FROM notice_options WHERE scope = ?')

function toTemplate(r: TemplateRow): StoredTemplate {
  return { scope: r.scope, templateId: r.template_id, lang: r.lang, body: r.body }
}

function templateRow(t: StoredTemplate): TemplateRow {
  return { scope: t.scope, template_id: t.templateId, lang: t.lang, body: t.body }
}

export class NoticeTemplatesRepo {
  constructor(private readonly db: Db) {}

  /** The edits of these scopes (a shop's and 'common'). */
  templates(scopes: readonly string[]): StoredTemplate[] {
    if (scopes.length === 0) return []
    return prepared(this.db, TEMPLATES).all(JSON.stringify(scopes)).map(toTemplate)
  }

  saveTemplate(t: StoredTemplate, at: string): void {
    prepared(this.db, SAVE_TEMPLATE).run({ ...templateRow(t), at })
  }

  deleteTemplate(scope: string, templateId: string, lang: 'ja' | 'en' | null): void {
    if (lang === null) prepared(this.db, DELETE_TEMPLATE).run(scope, templateId)
    else prepared(this.db, DELETE_TEMPLATE_LANG).run(scope, templateId, lang)
  }

  options(scope: string): unknown {
    const row = prepared(this.db, OPTIONS).get(scope)
    if (!row) return null
    try {
      return JSON.parse(row.payload)
    } catch {
      return null
    }
  }

  saveOptions(scope: string, payload: unknown, at: string): void {
    prepared(this.db, SAVE_OPTIONS).run(scope, JSON.stringify(payload), at)
  }

  deleteOptions(scope: string): void {
    prepared(this.db, DELETE_OPTIONS).run(scope)
  }
}
