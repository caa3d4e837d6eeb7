import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dumpTables, localSecretAccounts, restoreTables } from '@core/db/backupRepo'
import { CalendarRepo } from '@core/db/calendarRepo'
import { NoticeTemplatesRepo } from '@core/db/noticeTemplatesRepo'
import { NoticesRepo } from '@core/db/noticesRepo'
import { openDatabase, type Db } from '@core/db/open'
import { RemindersRepo } from '@core/db/remindersRepo'
import { SettingsRepo } from '@core/db/settingsRepo'
import { ShopsRepo, type StoredCredential } from '@core/db/shopsRepo'
import { prepared, sql } from '@core/db/statements'
import { WizardRepo, type StoredRun } from '@core/db/wizardRepo'
import type { Reminder } from '@shared/domain/reminders'
import type { RunStepInstance } from '@shared/domain/wizard'
import { makeTempDir } from '../helpers/tempDir'

// Real SQLite files; the only thing added is a count of the database's own prepare calls.
let dir: ReturnType<typeof makeTempDir>
let dbs: Db[] = []
beforeEach(() => (dir = makeTempDir()))
afterEach(() => {
  for (const db of dbs) db.close()
  dbs = []
  dir.remove()
})

function open(name: string): { db: Db; prepares: string[] } {
  const db = openDatabase(join(dir.path, name))
  dbs.push(db)
  const prepares: string[] = []
  const real = db.prepare.bind(db)
  db.prepare = ((source: string) => {
    prepares.push(source)
    return real(source)
  }) as Db['prepare']
  return { db, prepares }
}

const at = '2026-12-01T09:00:00.000Z'
const shop = (id: string) => ({
  id,
  name: `店 ${id}`,
  mallId: 'rakuten',
  active: true,
  deferredPaymentApps: [],
  notes: '',
  createdAt: at,
  updatedAt: at,
})
const credential = (id: string, shopId: string): StoredCredential => ({
  id,
  shopId,
  kindId: 'rakuten.licenseKey',
  label: 'RMS',
  issuedOn: '2026-10-01',
  expiresOn: '2026-12-30',
  expirySource: 'estimated',
  hasSecret: true,
  secretHint: '••••AB12',
  meta: { version: '2' },
  createdAt: at,
  updatedAt: at,
  secretAccount: `account-${id}`,
})
const reminder: Reminder = {
  id: 'credentialExpiry:c1:14',
  kind: 'credentialExpiry',
  dueAt: '2026-12-16T09:00:00+09:00',
  subject: { type: 'credential', id: 'c1' },
  route: '/shops',
  title: { ja: '期限が近づいています', en: 'Expiry is near' },
  body: { ja: '本文', en: 'Body' },
  severity: 'warning',
}
const run: StoredRun = {
  id: 'r1',
  closureId: 'n1',
  closureName: '年末年始',
  start: '2026-12-29',
  end: '2027-01-04',
  phaseDates: {
    monthBefore: '2026-11-29',
    weekBefore: '2026-12-22',
    lastBusinessDay: '2026-12-28',
    afterReopening: '2027-01-05',
  },
  carrierNotes: null,
  createdAt: at,
  updatedAt: at,
}
const step = {
  key: 'once.announce',
  state: 'todo' as const,
  skipReason: null,
  notes: '',
  doneAt: null,
  auto: false,
  position: 0,
  instance: { key: 'once.announce', stepId: 'once.announce' } as unknown as RunStepInstance,
}

/** Every repository method, on fresh repository objects as each core start builds them. */
function everyMethod(db: Db, round: number) {
  const shops = new ShopsRepo(db)
  const s = `s${round}`
  const c = `c${round}`
  shops.insertShop(shop(s))
  shops.updateShop({ ...shop(s), name: '改名', active: false })
  shops.shops()
  shops.shopCount()
  shops.shop(s)
  shops.insertCredential(credential(c, s))
  shops.updateCredential({ ...credential(c, s), label: 'API' }, `account-${c}`)
  shops.credentials()
  shops.credentialsOfShop(s)
  shops.credential(c)
  shops.referencedAccounts()
  shops.addHistory({
    credentialId: c,
    at,
    action: 'create',
    actor: 'user',
    oldIssuedOn: null,
    newIssuedOn: '2026-10-01',
    oldExpiresOn: null,
    newExpiresOn: '2026-12-30',
    oldExpirySource: null,
    newExpirySource: 'estimated',
    secretChanged: true,
    note: '',
  })
  shops.history(c)

  const calendar = new CalendarRepo(db)
  calendar.saveSettings(calendar.load())
  calendar.upsertClosure({ id: 'n1', name: '年末年始', start: '2026-12-29', end: '2027-01-04' }, at)
  calendar.upsertClosure({ id: `x${round}`, name: '臨時', start: '2026-08-10', end: '2026-08-12' }, at)
  calendar.deleteClosure(`x${round}`)

  const reminders = new RemindersRepo(db)
  reminders.immediate(() => reminders.appendDecision(reminder, 'fired', at))
  reminders.appendAction(reminder.id, 'snoozed', at, '2026-12-17T09:00:00+09:00')
  reminders.log()
  reminders.latest(reminder.id)
  reminders.hasFired(reminder.id)
  reminders.history(10)
  reminders.saveSettings(reminders.settings())

  const wizard = new WizardRepo(db)
  const r = { ...run, id: `r${round}` }
  wizard.insertRun(r)
  wizard.runs()
  wizard.run(r.id)
  wizard.latestRunOf(r.closureId)
  wizard.updateRunClosure(r.id, r, at)
  wizard.saveCarrierNotes(r.id, 'ヤマト 12/28 最終集荷', at)
  wizard.touchRun(r.id, at)
  wizard.upsertStep(r.id, step, at)
  wizard.retireStep(r.id, step.key, at)
  wizard.steps(r.id)
  wizard.saveOnboarding({ at, skipped: false })
  wizard.onboarding()

  const notices = new NoticesRepo(db)
  notices.open()
  notices.dismiss('none', at)

  const templates = new NoticeTemplatesRepo(db)
  templates.saveTemplate({ scope: s, templateId: 'mail', lang: 'ja', body: '本文' }, at)
  templates.templates([s, 'common'])
  templates.templates([s])
  templates.deleteTemplate(s, 'mail', 'ja')
  templates.deleteTemplate(s, 'mail', null)
  templates.saveOptions(s, { shopName: true }, at)
  templates.options(s)
  templates.deleteOptions(s)

  restoreTables(db, dumpTables(db), 'merge')
  localSecretAccounts(db)
}

describe('repositories', () => {
  it('compile a statement on first use, not when they are built', () => {
    const { db, prepares } = open('lazy.sqlite')
    new ShopsRepo(db)
    new CalendarRepo(db)
    new RemindersRepo(db)
    new WizardRepo(db)
    new NoticesRepo(db)
    new NoticeTemplatesRepo(db)
    new SettingsRepo(db)
    expect(prepares).toEqual([])
    new ShopsRepo(db).shopCount()
    expect(prepares).toEqual(['SELECT COUNT(*) AS n FROM shops'])
  })

  it('compile each statement once per database, however many repositories and calls use it', () => {
    const { db, prepares } = open('once.sqlite')
    everyMethod(db, 1)
    const first = prepares.length
    expect(first).toBeGreaterThan(40)
    // Each text was compiled once: no statement twice in the first round.
    expect(new Set(prepares).size).toBe(first)
    everyMethod(db, 2)
    everyMethod(db, 3)
    expect(prepares.length).toBe(first)
  })

  it('hand back the same Statement object for the same text, and a new one on another database', () => {
    const one = open('one.sqlite')
    const two = open('two.sqlite')
    const query = sql<[key: string], { value: string }>('SELECT value FROM settings WHERE key = ?')
    const a = prepared(one.db, query)
    expect(prepared(one.db, query)).toBe(a)
    expect(prepared(one.db, query.text)).toBe(a)
    const b = prepared(two.db, query)
    expect(b).not.toBe(a)
    expect(b.database).toBe(two.db)
    // Two SettingsRepo on one database share their statements.
    new SettingsRepo(one.db).set('ui.language', 'en')
    expect(new SettingsRepo(one.db).get('ui.language', 'ja')).toBe('en')
    expect(one.prepares.filter((s) => s.includes('settings')).length).toBe(2)
  })

  it('write and read back every column through the named parameters', () => {
    const { db } = open('roundtrip.sqlite')
    const shops = new ShopsRepo(db)
    const s = {
      ...shop('s1'),
      active: false,
      deferredPaymentApps: ['kuroneko' as const, 'other' as const],
      notes: 'メモ',
    }
    shops.insertShop(s)
    expect(shops.shop('s1')).toEqual(s)
    const c = credential('c1', 's1')
    shops.insertCredential(c)
    expect(shops.credential('c1')).toEqual(c)
    const changed = { ...c, label: 'API', issuedOn: null, secretAccount: null, hasSecret: false }
    // The optimistic check compares against the account the row holds now.
    expect(shops.updateCredential(changed, 'someone-else')).toBe(false)
    expect(shops.updateCredential(changed, c.secretAccount)).toBe(true)
    expect(shops.credential('c1')).toEqual(changed)

    const wizard = new WizardRepo(db)
    wizard.insertRun(run)
    expect(wizard.run(run.id)).toEqual(run)
    wizard.upsertStep(run.id, step, at)
    const [stored] = wizard.steps(run.id)
    expect(stored).toEqual({ ...step, instanceJson: JSON.stringify(step.instance), updatedAt: at })

    const templates = new NoticeTemplatesRepo(db)
    templates.saveTemplate({ scope: 'common', templateId: 'mail', lang: 'en', body: 'a' }, at)
    templates.saveTemplate({ scope: "o'brien", templateId: 'mail', lang: 'ja', body: 'b' }, at)
    templates.saveTemplate({ scope: 'other', templateId: 'mail', lang: 'ja', body: 'c' }, at)
    expect(templates.templates(['common', "o'brien"]).map((t) => t.body)).toEqual(['a', 'b'])
    expect(templates.templates([])).toEqual([])
  })
})
