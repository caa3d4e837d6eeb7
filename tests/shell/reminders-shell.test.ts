import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Core } from '@core'
import { silentLogger } from '@core/ports'
import type { SecretStore } from '@core/secrets/SecretStore'
import type { Shop } from '@shared/domain/types'
import { jst, SimTime } from '../helpers/simTime'
import { makeTempDir } from '../helpers/tempDir'

vi.mock('electron', () => ({}))
const { createCore } = await import('@core')
const { trayMenuTemplate } = await import('../../src/main/electron/trayMenu')
const { trayModelFrom, pauseRemindersToday, resumeReminders, trayLabel } =
  await import('../../src/main/electron/trayModel')
const { createOsNotifier } = await import('../../src/main/electron/notifier')
type NotificationLike = import('../../src/main/electron/notifier').NotificationLike

/** The shell tests run without a keychain: nothing here stores a secret. */
function memorySecrets(): SecretStore {
  const values = new Map<string, string>()
  return {
    backend: 'memory',
    get: async (a) => values.get(a) ?? null,
    set: async (a, s) => void values.set(a, s),
    delete: async (a) => values.delete(a),
    accounts: async () => [...values.keys()],
    check: async () => null,
  }
}

interface Created {
  options: { title?: string; body?: string }
  click?: () => void
}

let dir: ReturnType<typeof makeTempDir>
let time: SimTime
let created: Created[]
let opened: (string | undefined)[]
let core: Core

function makeCore(): Core {
  const notifier = createOsNotifier(
    {
      isSupported: () => true,
      create: (options) => {
        const n: Created = { options }
        created.push(n)
        const fake = {
          on: (event: string, listener: () => void) => {
            if (event === 'click') n.click = listener
            return fake
          },
          show: () => undefined,
        }
        return fake as unknown as NotificationLike
      },
    },
    { open: (route) => void opened.push(route), failed: () => undefined },
  )
  return createCore({
    dataDir: dir.path,
    secrets: memorySecrets(),
    clock: time,
    notifier,
    logger: silentLogger,
    reminders: { timers: time },
  })
}

beforeEach(() => {
  dir = makeTempDir()
  time = new SimTime(jst('2026-12-15', '08:00'))
  created = []
  opened = []
  core = makeCore()
})
afterEach(() => {
  core.close()
  dir.remove()
})

async function ok<T>(channel: string, input: unknown): Promise<T> {
  const r = await core.dispatch(channel, input)
  if (!r.ok) throw new Error(`${channel}: ${r.error.message.ja}`)
  return r.value as T
}

async function addCredential(mallId: string, kindId: string, expiresOn: string) {
  const shop = await ok<Shop>('saveShop', {
    name: 'ひなた雑貨店',
    mallId,
    active: true,
    deferredPaymentApps: [],
    notes: '',
  })
  await ok('saveCredential', { shopId: shop.id, kindId, label: '', issuedOn: null, expiresOn })
}

async function seed() {
  await ok('saveClosure', { name: '年末年始', start: '2026-12-29', end: '2027-01-03' })
  await addCredential('rakuten', 'rakuten.licenseKey', '2027-01-20')
}

const labels = () =>
  trayMenuTemplate(trayModelFrom(core), { open() {}, pauseToday() {}, resume() {}, quit() {} })
    .filter((m) => m.label)
    .map((m) => m.label as string)

describe('the tray with a real core', () => {
  it('lists the next reminders with their day and time, soonest first', async () => {
    expect(trayModelFrom(core)).toEqual({ lang: 'ja', upcoming: [], pausedToday: false })
    await seed()
    const model = trayModelFrom(core)
    expect(model.upcoming.map((u) => u.label)).toEqual([
      '12/21(月) 9:00 楽天市場 ひなた雑貨店：ライセンスキーの期限まであと30日',
      '12/22(火) 9:00 年末年始の休業準備を始めましょう',
      '12/28(月) 9:00 今日は年末年始前の最終営業日です：最終チェック',
      '1/4(月) 9:00 営業再開日のチェック：後払いアプリ・未送信メール・モールのカレンダー',
      '1/6(水) 9:00 楽天市場 ひなた雑貨店：ライセンスキーの期限まであと14日',
    ])
    expect(model.upcoming[0]!.route).toMatch(/^\/shops\?credential=/)
    expect(model.upcoming[1]!.route).toMatch(/^\/prep\?closure=.+&phase=weekBefore$/)
    expect(model.upcoming[2]!.route).toMatch(/&phase=lastBusinessDay$/)
    expect(model.upcoming.every((u) => u.label.length <= 80)).toBe(true)
  })

  it('pauses for today until tomorrow at the notify time and resumes, in the menu and the plan', async () => {
    await seed()
    expect(labels()).toContain('今日は通知を止める')
    pauseRemindersToday(core)
    expect(core.services.reminders.pausedUntil()).toBe('2026-12-16T09:00:00+09:00')
    expect(trayModelFrom(core).pausedToday).toBe(true)
    expect(labels()).toContain('通知を再開する')
    // Snoozed to 1 hour later, a shown reminder waits for the end of the pause.
    time.advanceTo(jst('2026-12-15', '23:00'))
    expect(trayModelFrom(core).pausedToday).toBe(true)
    time.advanceTo(jst('2026-12-16', '08:59'))
    expect(trayModelFrom(core).pausedToday).toBe(true)
    time.advanceTo(jst('2026-12-16', '09:01'))
    expect(trayModelFrom(core).pausedToday).toBe(false)
    pauseRemindersToday(core)
    resumeReminders(core)
    expect(trayModelFrom(core).pausedToday).toBe(false)
    expect(labels()).toContain('今日は通知を止める')
  })

  it('words the tray in English when the app speaks English', async () => {
    await seed()
    await ok('setLanguage', { language: 'en' })
    expect(trayModelFrom(core).upcoming[0]!.label).toBe(
      'Mon 12/21 9:00 Rakuten Ichiba ひなた雑貨店: License key expires in 30 days',
    )
    expect(labels()).toContain('Pause reminders for today')
  })

  it('cuts long labels to one line, at a word in English', () => {
    const ja = trayLabel({ dueAt: jst('2027-01-04'), title: { ja: 'あ'.repeat(100), en: '' } }, 'ja')
    expect(ja).toHaveLength(80)
    expect(ja.startsWith('1/4(月) 9:00 ああ')).toBe(true)
    expect(ja.endsWith('…')).toBe(true)
    const en = trayLabel({ dueAt: jst('2027-01-04'), title: { ja: '', en: 'word '.repeat(30) } }, 'en')
    expect(en.length).toBeLessThanOrEqual(80)
    expect(en).toMatch(/^Mon 1\/4 9:00 word word .*word…$/)
  })
})

describe('OS notifications from the scheduler', () => {
  it('shows the reminder in Japanese and opens the credential on a click', async () => {
    await ok('saveClosure', { name: '年末年始', start: '2026-12-29', end: '2027-01-03' })
    await addCredential('rakuten', 'rakuten.licenseKey', '2027-01-08')
    // The month-before check has come already; the closure risk is known at once, with the
    // 30-day reminder (12/9) that came before the credential was entered.
    expect(created.map((c) => c.options.title)).toEqual([
      '年末年始(12/29〜1/3)まであと14日：期限の確認を',
      '楽天市場 ひなた雑貨店：ライセンスキーは休業明けすぐ(1/8)に期限が切れます',
      '楽天市場 ひなた雑貨店：ライセンスキーの期限まであと24日',
    ])
    // 12/22 09:00: time to prepare; 12/25 09:00: the 14-day reminder.
    time.advanceTo(jst('2026-12-25', '09:00'))
    expect(created.slice(3).map((c) => c.options)).toEqual([
      expect.objectContaining({ title: '年末年始の休業準備を始めましょう' }),
      expect.objectContaining({
        title: '楽天市場 ひなた雑貨店：ライセンスキーの期限まであと14日',
        // The plan's renew-by day (Fri 12/25, a business day before the last one) is today.
        body: '有効期限は 2027/01/08 ですが、休業(12/29〜1/3)があるため、今日のうちに更新してください。',
      }),
    ])
    created[4]!.click!()
    expect(opened).toHaveLength(1)
    expect(opened[0]).toMatch(/^\/shops\?credential=/)
  })

  it('speaks English after the language is switched, summary included', async () => {
    core.close()
    time.jump(jst('2026-11-01', '08:00'))
    core = makeCore()
    await ok('setLanguage', { language: 'en' })
    await ok('saveClosure', { name: '年末年始', start: '2026-12-29', end: '2027-01-03' })
    await addCredential('rakuten', 'rakuten.licenseKey', '2027-01-08')
    await addCredential('yahoo', 'yahoo.authorization', '2026-12-25')
    await addCredential('amazon', 'amazon.spApi', '2027-01-10')
    expect(created.map((c) => c.options.title)).toEqual([
      'Rakuten Ichiba ひなた雑貨店: License key expires just after the closure (1/8)',
      'Amazon ひなた雑貨店: SP-API authorization expires just after the closure (1/10)',
    ])
    // The app was not running for seven weeks: the catch-up is one summary.
    core.close()
    time.jump(jst('2026-12-22', '10:00'))
    core = makeCore()
    expect(created).toHaveLength(3)
    const last = created.at(-1)!.options
    expect(last.title).toBe('4 reminders')
    expect(last.body).toContain('• ')
    expect(last.body).toContain('and 1 more')
  })
})
