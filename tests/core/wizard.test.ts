import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '@core'
import { deferredPaymentApps, type Shop } from '@shared/domain/types'
import type { CredentialView } from '@shared/ipc/shops'
import type {
  OnboardingState,
  PrepReadiness,
  PrepRunList,
  PrepRunView,
  PrintResult,
} from '@shared/ipc/wizard'
import { testSecretStore } from '../helpers/keychain'
import { makeCertificate, type TestCertificate } from '../helpers/openssl'
import { makeTempDir } from '../helpers/tempDir'

// The app's clock starts on Mon 2026-12-21 10:00 in Japan, a week before the year-end closure
// 2026-12-29 → 2027-01-03 (last shipping day Mon 12/28, reopening Mon 1/4, margin 7 days: a
// credential must still work after 2027-01-11).
const NEW_YEAR = { name: '年末年始', start: '2026-12-29', end: '2027-01-03' }
const GW = { name: 'GW', start: '2027-05-01', end: '2027-05-05' }

let dir: ReturnType<typeof makeTempDir>
let store: ReturnType<typeof testSecretStore>
let core: Core
let now: Date

const at = (iso: string) => (now = new Date(iso))

function startCore(): Core {
  return createCore({ dataDir: dir.path, secrets: store, clock: { now: () => now } })
}

async function ok<T>(channel: string, input: unknown, on: Core = core): Promise<T> {
  const result = await on.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message.ja}`)
  return result.value as T
}

async function refused(channel: string, input: unknown, on: Core = core) {
  const result = await on.dispatch(channel, input)
  expect(result.ok, JSON.stringify(result)).toBe(false)
  if (result.ok) throw new Error('unreachable')
  expect(result.error.message.ja.length).toBeGreaterThan(5)
  expect(result.error.message.en.length).toBeGreaterThan(5)
  return result.error
}

function addShop(name: string, mallId: string, extra: Partial<Shop> = {}): Promise<Shop> {
  return ok<Shop>('saveShop', {
    name,
    mallId,
    active: true,
    deferredPaymentApps: [],
    notes: '',
    ...extra,
  })
}

function addCredential(
  shopId: string,
  kindId: string,
  expiresOn: string,
  label = '',
): Promise<CredentialView> {
  return ok<CredentialView>('saveCredential', { shopId, kindId, label, issuedOn: null, expiresOn })
}

const getRun = (closureId?: string) =>
  ok<PrepRunView | null>('getPrepRun', closureId ? { closureId } : {}).then((v) => {
    if (!v) throw new Error('no run')
    return v
  })

const stepOf = (view: PrepRunView, key: string) => {
  const step = view.steps.find((s) => s.key === key)
  if (!step) throw new Error(`no step ${key} in ${view.steps.map((s) => s.key).join(', ')}`)
  return step
}

/** Every stored row of a run, as text: what "unchanged" is checked against. */
function rowsOf(runId: string, on: Core = core): string {
  const run = on.db.prepare('SELECT * FROM prep_runs WHERE id = ?').all(runId)
  const steps = on.db.prepare('SELECT * FROM prep_steps WHERE run_id = ? ORDER BY key').all(runId)
  return JSON.stringify({ run, steps })
}

let certDir: ReturnType<typeof makeTempDir>
let cert: TestCertificate
beforeAll(() => {
  certDir = makeTempDir('hp-wizard-certs-')
  cert = makeCertificate(certDir.path, { name: 'y', start: '20261101000000Z', end: '20271031145959Z' })
})
afterAll(() => certDir.remove())

beforeEach(async () => {
  at('2026-12-21T01:00:00Z')
  dir = makeTempDir()
  store = testSecretStore()
  core = startCore()
  await core.services.shops.repaired
})
afterEach(async () => {
  core.close()
  await store.cleanup()
  dir.remove()
})

describe('the preparation run of a closure', () => {
  it('has no run before a closure is registered', async () => {
    expect(await ok('getPrepRun', {})).toBeNull()
    expect(await ok<PrepRunList>('listPrepRuns', {})).toMatchObject({
      runs: [],
      upcoming: [],
      currentClosureId: null,
    })
  })

  it('covers every item of the notice for shops on every mall using every app', async () => {
    await ok('saveClosure', NEW_YEAR)
    const apps = deferredPaymentApps.filter((a) => a !== 'other')
    const rakuten = await addShop('楽天 本店', 'rakuten', { deferredPaymentApps: [...apps] })
    const yahoo = await addShop('Yahoo! 店', 'yahoo', { deferredPaymentApps: [...apps] })
    const ponpare = await addShop('ポンパレ 店', 'ponpare')
    const amazon = await addShop('Amazon 店', 'amazon')
    const aupay = await addShop('au PAY 店', 'aupay')
    const qoo10 = await addShop('Qoo10 店', 'qoo10')
    const rak = await addCredential(rakuten.id, 'rakuten.licenseKey', '2027-01-01')
    const yauth = await addCredential(yahoo.id, 'yahoo.authorization', '2027-01-07', '注文管理')
    const ypub = await addCredential(yahoo.id, 'yahoo.publicKey', '2027-08-01')
    const ycrt = await ok<CredentialView>('importCertificate', {
      shopId: yahoo.id,
      label: '',
      certificatePem: cert.crt,
      privateKeyPem: cert.key,
    })
    const pon = await addCredential(ponpare.id, 'ponpare.apiPassword', '2027-01-20')
    const amz = await addCredential(amazon.id, 'amazon.spApi', '2027-01-05')
    const au = await addCredential(aupay.id, 'aupay.apiKey', '2027-03-01')
    const q = await addCredential(qoo10.id, 'qoo10.sellerAuthKey', '2027-09-01')

    const view = await getRun()
    const keys = view.steps.map((s) => s.key)
    const id = (c: CredentialView) => c.credential.id
    const notice = [
      // API credentials (楽天 license key, Yahoo! authorization and certificate, ポンパレ password, …)
      `credential.renew:${id(rak)}`,
      `credential.renew:${id(yauth)}`,
      `credential.renewEarly:${id(ypub)}`,
      // the certificate method has ended: nothing to renew early, checked the week before
      `credential.renew:${id(ycrt)}`,
      `credential.renew:${id(pon)}`,
      `credential.renewEarly:${id(amz)}`,
      `credential.renew:${id(au)}`,
      `credential.renewEarly:${id(q)}`,
      'final.credentials',
      // non-business days (日付自動登録)
      'closure.dates',
      'orderSystem.nonBusinessDays',
      // automatic mails: the one-week window, templates and signatures
      'mail.window',
      'reopen.freeMail',
      'mail.templates',
      'mail.templatesRestore',
      // Amazon lead time through the mall-product CSV
      'amazon.leadTime:amazon',
      'amazon.leadTimeRestore:amazon',
      // deferred-payment apps stuck in 入金待ち
      'deferredPayment.apps',
      ...apps.flatMap((a) => [`deferredPayment.loginBefore:${a}`, `deferredPayment.stuckOrders:${a}`]),
      // the domain brief: mall calendars, carriers, checks
      // (ポンパレ's profile names no holiday calendar)
      ...['rakuten', 'yahoo', 'amazon', 'aupay', 'qoo10'].flatMap((m) => [
        `mall.holidayCalendar:${m}`,
        `mall.holidayCalendarRestore:${m}`,
      ]),
      // Amazon: vacation mode instead of holidays, when chosen
      'amazon.vacationMode:amazon',
      'carrier.pickups',
      'final.check',
      'reopen.imports',
    ]
    for (const key of notice) expect(keys, key).toContain(key)
    expect(keys).toHaveLength(notice.length)

    expect(view.closure).toMatchObject(NEW_YEAR)
    expect(view.phaseDates).toEqual({
      monthBefore: '2026-11-29',
      weekBefore: '2026-12-22',
      lastBusinessDay: '2026-12-28',
      afterReopening: '2027-01-04',
    })
    expect(view.currentPhase).toBe('monthBefore')
    expect(view.mustOutlast).toBe('2027-01-11')
    expect(view.daysUntil).toBe(8)

    // Texts come from the domain, with the placeholders filled, in both languages.
    const nissen = stepOf(view, 'deferredPayment.stuckOrders:nissen')
    expect(nissen.texts.title.ja).toContain('ニッセン@払い')
    expect(nissen.texts.howTo.ja.length).toBe(nissen.texts.howTo.en.length)
    const rakStep = stepOf(view, `credential.renew:${id(rak)}`)
    expect(rakStep.action).toBe('renewCredential')
    expect(rakStep.credential).toMatchObject({ id: id(rak), expiresOn: '2027-01-01', holds: false })
    expect(rakStep.state).toBe('todo')
    expect(rakStep.blocker).toEqual(['credentialLapses'])

    // Automatic checks from the data: the closure is registered, the yearly keys last.
    expect(stepOf(view, 'closure.dates')).toMatchObject({ state: 'done', auto: true })
    expect(stepOf(view, `credential.renewEarly:${id(ypub)}`)).toMatchObject({ state: 'done', auto: true })
    expect(stepOf(view, `credential.renewEarly:${id(amz)}`)).toMatchObject({ state: 'todo', auto: false })
    expect(stepOf(view, 'final.credentials').state).toBe('todo')
    // Month-before steps left to do are overdue on 12/21.
    expect(stepOf(view, 'carrier.pickups').blocker).toEqual(['phaseOverdue'])
    expect(stepOf(view, 'mail.templates').blocker).toBeNull()

    // The lists for the copy actions.
    expect(view.tools!.nonBusinessDays).toMatchObject({ from: '2026-12-01', to: '2027-01-31' })
    expect(view.tools!.nonBusinessDays.list).toContain('2026/12/29\n')
    expect(view.tools!.nonBusinessDays.list).toContain('2027/01/11\n')
    expect(view.tools!.mail.confirmationMissed).toEqual(['2026-12-28'])
    expect(view.carrierNotes).toBeNull()
    expect(view.carrierTemplate.ja).toContain('12/31〜1/3')
    expect(view.carrierTemplate.ja).toContain('12/28(月)')
  })

  it('gives a shop on 楽天 only no Yahoo! or Amazon steps, and skips paused shops', async () => {
    await ok('saveClosure', NEW_YEAR)
    const rakuten = await addShop('楽天 本店', 'rakuten')
    await addCredential(rakuten.id, 'rakuten.licenseKey', '2027-03-01')
    const paused = await addShop('Amazon 休止中', 'amazon', {
      active: false,
      deferredPaymentApps: ['atodene'],
    })
    await addCredential(paused.id, 'amazon.spApi', '2027-01-02')
    const keys = (await getRun()).steps.map((s) => s.key)
    expect(keys).toContain('mall.holidayCalendar:rakuten')
    expect(keys.filter((k) => /yahoo|amazon/i.test(k))).toEqual([])
    expect(keys.filter((k) => k.startsWith('deferredPayment.') && k !== 'deferredPayment.apps')).toEqual([])
    expect(keys.filter((k) => k.startsWith('credential.renewEarly'))).toEqual([])
    // The paused shop's lapsing key does not block the final check either.
    expect(stepOf(await getRun(), 'final.credentials')).toMatchObject({ state: 'done', auto: true })
  })

  it('ticks a credential step from the data and takes the tick back when the date changes', async () => {
    await ok('saveClosure', NEW_YEAR)
    const shop = await addShop('楽天 本店', 'rakuten')
    const key = await addCredential(shop.id, 'rakuten.licenseKey', '2027-03-01')
    const stepKey = `credential.renew:${key.credential.id}`
    let view = await getRun()
    expect(stepOf(view, stepKey)).toMatchObject({ state: 'done', auto: true, blocker: null })
    expect(stepOf(view, stepKey).doneAt).toBe('2026-12-21T01:00:00.000Z')
    const stored = () =>
      core.db
        .prepare('SELECT state, auto, done_at FROM prep_steps WHERE run_id = ? AND key = ?')
        .get(view.run.id, stepKey)
    expect(stored()).toEqual({ state: 'done', auto: 1, done_at: '2026-12-21T01:00:00.000Z' })

    // The mall shows an earlier date than thought: inside reopening + margin, it no longer holds.
    await core.services.shops.confirmDate({ id: key.credential.id, expiresOn: '2027-01-08' })
    view = await getRun()
    expect(stepOf(view, stepKey)).toMatchObject({ state: 'todo', auto: false, doneAt: null })
    expect(stepOf(view, stepKey).blocker).toEqual(['credentialLapses'])
    expect(stored()).toEqual({ state: 'todo', auto: 0, done_at: null })
    expect(stepOf(view, 'final.credentials').state).toBe('todo')

    // A step the data contradicts cannot be "undone" while the data holds, but can be skipped.
    await core.services.shops.renewCredential({
      id: key.credential.id,
      issuedOn: null,
      expiresOn: '2027-04-01',
    })
    view = await getRun()
    expect(stepOf(view, stepKey)).toMatchObject({ state: 'done', auto: true })
    const e = await refused('setStepState', { runId: view.run.id, key: stepKey, state: 'todo' })
    expect(e.code).toBe('auto_done')

    // Ticking a step the data contradicts asks first; confirmed, it stays ticked, flagged.
    const other = await addCredential(shop.id, 'rakuten.custom', '2027-01-05', 'RMS ログイン')
    const otherKey = `credential.renew:${other.credential.id}`
    const before = core.db.prepare('SELECT * FROM prep_steps ORDER BY key').all()
    const asked = await refused('setStepState', { runId: view.run.id, key: otherKey, state: 'done' })
    expect(asked.code).toBe('confirm_contradicted')
    expect(core.db.prepare('SELECT * FROM prep_steps ORDER BY key').all()).toEqual(before)
    view = await ok<PrepRunView>('setStepState', {
      runId: view.run.id,
      key: otherKey,
      state: 'done',
      confirmContradiction: true,
    })
    expect(stepOf(view, otherKey)).toMatchObject({ state: 'done', auto: false, dataDisagrees: true })
    expect(stepOf(view, otherKey).blocker).toEqual(['credentialLapses'])
  })

  it('shows the dashboard the current run in short, and a read that changes nothing writes nothing', async () => {
    expect(await ok('getPrepReadiness', {})).toBeNull()
    await ok('saveClosure', NEW_YEAR)
    const shop = await addShop('楽天 本店', 'rakuten')
    const key = await addCredential(shop.id, 'rakuten.licenseKey', '2027-01-08')
    const view = await getRun()
    const before = rowsOf(view.run.id)
    at('2026-12-21T03:00:00Z') // a write now would show in updated_at
    const readiness = await ok<PrepReadiness>('getPrepReadiness', {})
    expect(rowsOf(view.run.id)).toBe(before)
    expect(readiness).toEqual({
      closure: view.closure,
      today: view.today,
      daysUntil: view.daysUntil,
      phaseDates: view.phaseDates,
      currentPhase: view.currentPhase,
      mustOutlast: view.mustOutlast,
      progress: view.progress,
      blockers: view.steps
        .filter((s) => s.blocker && s.state !== 'skipped')
        .map((s) => ({
          key: s.key,
          phase: s.phase,
          title: s.texts.title,
          reasons: s.blocker,
          expiresOn: s.credential?.expiresOn ?? null,
        })),
    })
    expect(readiness.blockers).toContainEqual(
      expect.objectContaining({
        key: `credential.renew:${key.credential.id}`,
        reasons: ['credentialLapses'],
        expiresOn: '2027-01-08',
      }),
    )
    await getRun()
    expect(rowsOf(view.run.id)).toBe(before)
  })

  it('keeps states, notes, skip reasons and carrier notes across a restart', async () => {
    await ok('saveClosure', NEW_YEAR)
    const shop = await addShop('楽天 本店', 'rakuten', { deferredPaymentApps: ['atodene'] })
    await addCredential(shop.id, 'rakuten.licenseKey', '2027-03-01')
    let view = await getRun()
    const runId = view.run.id
    await ok('setStepState', {
      runId,
      key: 'mail.templates',
      state: 'done',
      notes: '署名に 1/4 再開と書いた',
    })
    await ok('setStepState', {
      runId,
      key: 'deferredPayment.loginBefore:atodene',
      state: 'skipped',
      skipReason: '  12/28 は担当が休みのため 12/25 にログイン済み  ',
    })
    await ok('setStepState', { runId, key: 'final.check', state: 'todo', notes: '閉める前に山田さんが確認' })
    await ok('saveCarrierNotes', {
      runId,
      notes: 'ヤマト: 12/28 16時 集荷予約済み\r\n郵便局: 12/31〜1/3 休み',
    })
    const before = rowsOf(runId)
    view = await getRun()

    core.close()
    core = startCore()
    const again = await getRun()
    expect(again.run.id).toBe(runId)
    expect(stepOf(again, 'mail.templates')).toMatchObject({
      state: 'done',
      auto: false,
      notes: '署名に 1/4 再開と書いた',
    })
    expect(stepOf(again, 'deferredPayment.loginBefore:atodene')).toMatchObject({
      state: 'skipped',
      skipReason: '12/28 は担当が休みのため 12/25 にログイン済み',
    })
    expect(stepOf(again, 'final.check')).toMatchObject({ state: 'todo', notes: '閉める前に山田さんが確認' })
    expect(again.carrierNotes).toBe('ヤマト: 12/28 16時 集荷予約済み\n郵便局: 12/31〜1/3 休み')
    expect(again.progress).toEqual(view.progress)
    expect(rowsOf(runId)).toBe(before)
  })

  it('refuses a skip without a reason and writes nothing', async () => {
    await ok('saveClosure', NEW_YEAR)
    await addShop('Amazon 店', 'amazon')
    const view = await getRun()
    const before = rowsOf(view.run.id)
    for (const skipReason of [undefined, '', '   \n ']) {
      const e = await refused('setStepState', {
        runId: view.run.id,
        key: 'amazon.leadTime:amazon',
        state: 'skipped',
        ...(skipReason === undefined ? {} : { skipReason }),
      })
      expect(e.code).toBe('skip_reason_required')
      expect(e.field).toBe('skipReason')
      expect(e.message.ja).toContain('スキップする理由を書いてください')
      expect(e.message.en).toContain('Write why you skip')
    }
    expect(rowsOf(view.run.id)).toBe(before)
    expect(stepOf(await getRun(), 'amazon.leadTime:amazon').state).toBe('todo')

    // Unknown steps and runs are refused too.
    expect((await refused('setStepState', { runId: view.run.id, key: 'nope', state: 'done' })).code).toBe(
      'step_not_found',
    )
    expect(
      (await refused('setStepState', { runId: 'nope', key: 'mail.templates', state: 'done' })).code,
    ).toBe('run_not_found')
    expect(rowsOf(view.run.id)).toBe(before)
  })

  it('follows its closure while live and keeps a past run unchanged when the next closure starts', async () => {
    const closure = await ok<{ id: string }>('saveClosure', NEW_YEAR)
    const shop = await addShop('楽天 本店', 'rakuten', { deferredPaymentApps: ['kuroneko'] })
    const key = await addCredential(shop.id, 'rakuten.licenseKey', '2027-03-01')
    let view = await getRun()
    const first = view.run.id
    await ok('setStepState', {
      runId: first,
      key: 'carrier.pickups',
      state: 'done',
      notes: 'ヤマト 12/28 予約',
    })
    await ok('setStepState', {
      runId: first,
      key: 'mail.templates',
      state: 'skipped',
      skipReason: '自動メールは使っていない',
    })

    // Dates corrected while the run is live: the run follows.
    await ok('saveClosure', { id: closure.id, name: '年末年始', start: '2026-12-30', end: '2027-01-04' })
    view = await getRun()
    expect(view.run.id).toBe(first)
    expect(view.phaseDates.afterReopening).toBe('2027-01-05')
    await ok('saveClosure', { id: closure.id, ...NEW_YEAR })

    // After reopening, the after-reopening phase is current and the run still live.
    at('2027-01-04T01:00:00Z')
    view = await getRun()
    expect(view.run.id).toBe(first)
    expect(view.currentPhase).toBe('afterReopening')
    await ok('setStepState', { runId: first, key: 'reopen.imports', state: 'done' })

    // Weeks later: the closure is over, a new one is registered.
    at('2027-02-01T01:00:00Z')
    const before = rowsOf(first)
    expect(await ok('getPrepRun', {})).toBeNull()
    const gw = await ok<{ id: string }>('saveClosure', GW)
    // The setup changes in between: another shop, an app, a shorter key.
    await addShop('Yahoo! 店', 'yahoo', { deferredPaymentApps: ['nissen'] })
    await core.services.shops.confirmDate({ id: key.credential.id, expiresOn: '2027-02-10' })

    const next = await getRun()
    expect(next.closure.id).toBe(gw.id)
    expect(next.run.id).not.toBe(first)
    expect(next.steps.map((s) => s.key)).toContain('mall.holidayCalendar:yahoo')
    expect(next.steps.find((s) => s.key === 'carrier.pickups')!.state).toBe('todo')

    const history = await getRun(closure.id)
    expect(history.run).toMatchObject({ id: first, status: 'closed', closureName: '年末年始' })
    expect(history.tools).toBeNull()
    expect(history.steps.map((s) => s.key)).not.toContain('mall.holidayCalendar:yahoo')
    expect(stepOf(history, 'carrier.pickups')).toMatchObject({ state: 'done', notes: 'ヤマト 12/28 予約' })
    expect(stepOf(history, `credential.renew:${key.credential.id}`).state).toBe('done')
    const closed = await refused('setStepState', { runId: first, key: 'final.check', state: 'done' })
    expect(closed.code).toBe('run_closed')
    expect((await refused('saveCarrierNotes', { runId: first, notes: 'x' })).code).toBe('run_closed')

    const list = await ok<PrepRunList>('listPrepRuns', {})
    expect(list.currentClosureId).toBe(gw.id)
    expect(list.runs.map((r) => [r.closureName, r.status])).toEqual([
      ['GW', 'live'],
      ['年末年始', 'closed'],
    ])
    expect(list.runs[1]!.progress.done).toBeGreaterThan(0)

    // Deleting the closure keeps its run as history.
    await ok('deleteClosure', { id: closure.id })
    const kept = await getRun(closure.id)
    expect(kept.run).toMatchObject({ id: first, closureDeleted: true, status: 'closed' })

    expect(rowsOf(first)).toBe(before)
    core.close()
    core = startCore()
    await getRun(closure.id)
    expect(rowsOf(first)).toBe(before)
  })
})

describe('first run and printing', () => {
  it('asks for the first-run setup only while the app is new and until it is done or skipped', async () => {
    expect(await ok<OnboardingState>('getOnboarding', {})).toEqual({
      done: false,
      skipped: false,
      appIsNew: true,
      showWelcome: true,
    })
    await addShop('楽天 本店', 'rakuten')
    expect(await ok<OnboardingState>('getOnboarding', {})).toMatchObject({
      appIsNew: false,
      showWelcome: false,
    })
    expect(await ok<OnboardingState>('completeOnboarding', { skipped: true })).toEqual({
      done: true,
      skipped: true,
      appIsNew: false,
      showWelcome: false,
    })
    core.close()
    core = startCore()
    expect(await ok<OnboardingState>('getOnboarding', {})).toMatchObject({ done: true, skipped: true })
  })

  it('prints through the PDF printer, or tells the page to print itself', async () => {
    expect(await ok<PrintResult>('printChecklist', { suggestedName: '休業準備 年末年始' })).toEqual({
      saved: false,
      path: null,
      useBrowserPrint: true,
    })
    core.close()
    const asked: string[] = []
    core = createCore({
      dataDir: dir.path,
      secrets: store,
      clock: { now: () => now },
      pdfPrinter: {
        async printToPdf(name) {
          asked.push(name)
          return { saved: true, path: `/tmp/${name}` }
        },
      },
    })
    expect(await ok<PrintResult>('printChecklist', { suggestedName: '休業準備 年末年始' })).toEqual({
      saved: true,
      path: '/tmp/休業準備 年末年始.pdf',
      useBrowserPrint: false,
    })
    expect(asked).toEqual(['休業準備 年末年始.pdf'])
    expect((await refused('printChecklist', { suggestedName: '../x' })).code).toBe('invalid_input')
  })
})
