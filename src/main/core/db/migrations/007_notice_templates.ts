import type { Migration } from './types'

// The closure notices' texts as the shop edited them, per scope: 'common' for every
// shop, or a shop's id for that shop's own version, per language. Only edited texts are stored;
// the built-in ones live in src/shared/domain/notices. notice_options holds the rest of a
// scope's choices (shop name in the texts, cut-off wording, mall length limits) as JSON.
//
// A scope is not a foreign key ('common' is no shop), so the triggers drop a shop's rows with
// the shop: nothing of a deleted shop stays behind in the texts or in a backup.
export const m007NoticeTemplates: Migration = {
  version: 7,
  name: 'closure notice templates',
  up(db) {
    db.exec(`
      CREATE TABLE notice_templates (
        scope TEXT NOT NULL,
        template_id TEXT NOT NULL,
        lang TEXT NOT NULL CHECK (lang IN ('ja', 'en')),
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (scope, template_id, lang)
      ) STRICT;
      CREATE TABLE notice_options (
        scope TEXT PRIMARY KEY NOT NULL,
        payload TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER notice_texts_follow_shops AFTER DELETE ON shops BEGIN
        DELETE FROM notice_templates WHERE scope = OLD.id;
        DELETE FROM notice_options WHERE scope = OLD.id;
      END;
    `)
  },
}
