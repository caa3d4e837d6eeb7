import { describe, expect, it } from 'vitest'
import { addDays, weekdayOf } from '@shared/domain/isoDate'
import type { BusinessDayQueries, Closure, Credential, DeferredPaymentApp, Shop } from '@shared/domain/types'
import {
  autoState,
  carrierNotesTemplate,
  currentPhase,
  evaluateRun,
  findStep,
  generateRunSteps,
  longLeadCredentialKinds,
  mergeStepState,
  phaseDates,
  runBlockers,
  runIsLive,
  runOpenUntil,
  runProgress,
  spansNewYearCounters,
  stepCatalog,
  stepTexts,
  validateCatalog,
  wizardClosure,
  wizardPhases,
} from '@shared/domain/wizard'
import type { AutoCheckContext, RunStepInstance, StepRecord } from '@shared/domain/wizard'

const closure: Closure = { id: 'ny2027', name: '年末年始', start: '2026-12-29', end: '2027-01-03' }

/** Weekends and the closure are off; nothing else. */
function tinyCalendar(closures: Closure[]): BusinessDayQueries {
  const isBusinessDay = (d: string) => {
    const w = weekdayOf(d)
    if (w === 0 || w === 6) return false
    return !closures.some((c) => c.start <= d && d <= c.end)
  }
  return {
    isBusinessDay,
    nextBusinessDay(date) {
      let d = addDays(date, 1)
      while (!isBusinessDay(d)) d = addDays(d, 1)
      return d
    },
    prevBusinessDay(date) {
      let d = addDays(date, -1)
      while (!isBusinessDay(d)) d = addDays(d, -1)
      return d
    },
  }
}

function shop(id: string, mallId: string, apps: DeferredPaymentApp[] = [], active = true): Shop {
  return {
    id,
    name: `店舗${id}`,
    mallId,
    active,
    deferredPaymentApps: apps,
    notes: '',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  }
}

function cred(id: string, shopId: string, kindId: string, expiresOn = '2027-03-01', label = ''): Credential {
  return {
    id,
    shopId,
    kindId,
    label,
    issuedOn: null,
    expiresOn,
    expirySource: 'entered',
    hasSecret: false,
    secretHint: '',
    meta: {},
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  }
}

const allApps: DeferredPaymentApp[] = ['atobarai_com', 'atodene', 'nissen', 'kuroneko']

const fullSetup = {
  shops: [
    shop('r', 'rakuten', ['atobarai_com', 'atodene']),
    shop('y', 'yahoo', ['nissen', 'kuroneko']),
    shop('p', 'ponpare'),
    shop('a', 'amazon'),
    shop('au', 'aupay'),
    shop('q', 'qoo10'),
  ],
  credentials: [
    cred('c-rak', 'r', 'rakuten.licenseKey'),
    cred('c-yauth', 'y', 'yahoo.authorization', '2027-01-20', '注文管理'),
    cred('c-ypub', 'y', 'yahoo.publicKey', '2027-08-01'),
    cred('c-ycrt', 'y', 'yahoo.certificate', '2027-05-01'),
    cred('c-pon', 'p', 'ponpare.apiPassword'),
    cred('c-amz', 'a', 'amazon.spApi', '2027-01-05'),
    cred('c-au', 'au', 'aupay.apiKey'),
    cred('c-q', 'q', 'qoo10.sellerAuthKey'),
  ],
}

function keys(instances: RunStepInstance[]): string[] {
  return instances.map((i) => i.key)
}

describe('wizard phases', () => {
  const cal = tinyCalendar([closure])

  it('computes the phase dates of the 2026-12-29 → 2027-01-03 closure', () => {
    expect(phaseDates(closure, cal)).toEqual({
      monthBefore: '2026-11-29',
      weekBefore: '2026-12-22',
      lastBusinessDay: '2026-12-28',
      afterReopening: '2027-01-04',
    })
  })

  it('honours the options', () => {
    const d = phaseDates(closure, cal, { weekBeforeDays: 10, monthBeforeDays: 45 })
    expect(d.weekBefore).toBe('2026-12-19')
    expect(d.monthBefore).toBe('2026-11-14')
  })

  it('finds the current phase', () => {
    const d = phaseDates(closure, cal)
    expect(currentPhase('2026-11-28', d)).toBeNull()
    expect(currentPhase('2026-11-29', d)).toBe('monthBefore')
    expect(currentPhase('2026-12-21', d)).toBe('monthBefore')
    expect(currentPhase('2026-12-22', d)).toBe('weekBefore')
    expect(currentPhase('2026-12-28', d)).toBe('lastBusinessDay')
    expect(currentPhase('2027-01-01', d)).toBe('lastBusinessDay')
    expect(currentPhase('2027-01-04', d)).toBe('afterReopening')
    expect(currentPhase('2027-02-01', d)).toBe('afterReopening')
  })
})

describe('wizard catalog', () => {
  it('is sound: unique ids, both languages, matching step lists, valid placeholders', () => {
    expect(validateCatalog()).toEqual([])
    const ids = stepCatalog.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const s of stepCatalog) {
      for (const t of [s.title, s.why, s.check]) {
        expect(t.ja.trim(), s.id).not.toBe('')
        expect(t.en.trim(), s.id).not.toBe('')
      }
      expect(s.howTo.ja.length, s.id).toBeGreaterThan(0)
      expect(s.howTo.en.length, s.id).toBe(s.howTo.ja.length)
      expect(wizardPhases).toContain(s.phase)
    }
  })

  it('reports a broken catalog', () => {
    const bad = [
      { ...stepCatalog[0]!, title: { ja: '{mall}', en: '' } },
      { ...stepCatalog[0]!, howTo: { ja: ['a'], en: [] } },
    ]
    const problems = validateCatalog(bad)
    expect(problems.some((p) => p.includes('duplicate id'))).toBe(true)
    expect(problems.some((p) => p.includes('empty title.en'))).toBe(true)
    expect(problems.some((p) => p.includes('{mall}'))).toBe(true)
    expect(problems.some((p) => p.includes('lengths differ'))).toBe(true)
  })

  it('renews long-lead yearly kinds a month before and the rest the week before', () => {
    expect(findStep('credential.renewEarly')!.phase).toBe('monthBefore')
    expect(findStep('credential.renewEarly')!.appliesTo.credentialKinds).toEqual([...longLeadCredentialKinds])
    expect(findStep('credential.renew')!.phase).toBe('weekBefore')
    expect(findStep('credential.renew')!.appliesTo.notCredentialKinds).toEqual([...longLeadCredentialKinds])
  })
})

describe('wizard run generation', () => {
  it('covers every item of the notice for a shop on every mall with every app', () => {
    const run = generateRunSteps(fullSetup)
    const expected = [
      // the closure itself
      'closure.dates',
      // API credentials: one step per credential; yearly ones a month ahead
      'credential.renew:c-rak',
      'credential.renew:c-yauth',
      'credential.renewEarly:c-ypub',
      // the certificate method has ended: nothing to renew early, checked the week before
      'credential.renew:c-ycrt',
      'credential.renew:c-pon',
      'credential.renewEarly:c-amz',
      'credential.renew:c-au',
      'credential.renewEarly:c-q',
      // non-business days in the order system (日付自動登録)
      'orderSystem.nonBusinessDays',
      // each mall's holiday calendar, and switching it back (ポンパレ's profile names none)
      ...['rakuten', 'yahoo', 'amazon', 'aupay', 'qoo10'].flatMap((m) => [
        `mall.holidayCalendar:${m}`,
        `mall.holidayCalendarRestore:${m}`,
      ]),
      // Amazon: vacation mode instead of holidays, when chosen
      'amazon.vacationMode:amazon',
      // automatic mails: one-week window, templates and signatures
      'mail.window',
      'mail.templates',
      'mail.templatesRestore',
      'reopen.freeMail',
      // Amazon lead time through the mall-product CSV
      'amazon.leadTime:amazon',
      'amazon.leadTimeRestore:amazon',
      // carriers
      'carrier.pickups',
      // deferred-payment apps
      'deferredPayment.apps',
      ...allApps.flatMap((a) => [`deferredPayment.loginBefore:${a}`, `deferredPayment.stuckOrders:${a}`]),
      // last business day and reopening
      'final.credentials',
      'final.check',
      'reopen.imports',
    ]
    const got = keys(run)
    for (const k of expected) expect(got, k).toContain(k)
    expect(got.length).toBe(expected.length)
    expect(new Set(got).size).toBe(got.length)
  })

  it('orders by phase, then catalog order', () => {
    const run = generateRunSteps(fullSetup)
    const phaseIndex = run.map((i) => wizardPhases.indexOf(i.phase))
    expect([...phaseIndex].sort((a, b) => a - b)).toEqual(phaseIndex)
    const catIndex = (i: RunStepInstance) => stepCatalog.findIndex((s) => s.id === i.stepId)
    for (let n = 1; n < run.length; n++) {
      if (run[n]!.phase === run[n - 1]!.phase)
        expect(catIndex(run[n]!)).toBeGreaterThanOrEqual(catIndex(run[n - 1]!))
    }
    expect(run[0]!.key).toBe('closure.dates')
    expect(run.at(-1)!.phase).toBe('afterReopening')
  })

  it('fills the placeholders of titles and texts', () => {
    const run = generateRunSteps(fullSetup, stepCatalog, { rakuten: { ja: '楽天', en: 'Rakuten' } })
    for (const i of run) {
      expect(i.title.ja, i.key).not.toMatch(/\{\w+\}/)
      expect(i.title.en, i.key).not.toMatch(/\{\w+\}/)
      const texts = stepTexts(i, findStep(i.stepId)!)
      expect(JSON.stringify(texts), i.key).not.toMatch(/\{(mall|shop|credential|app)\}/)
    }
    const rak = run.find((i) => i.key === 'mall.holidayCalendar:rakuten')!
    expect(rak.title.ja).toContain('楽天')
    expect(rak.subject).toMatchObject({ type: 'mall', id: 'rakuten', mallId: 'rakuten', shopIds: ['r'] })
    const yauth = run.find((i) => i.key === 'credential.renew:c-yauth')!
    expect(yauth.subject).toMatchObject({
      type: 'credential',
      id: 'c-yauth',
      mallId: 'yahoo',
      shopIds: ['y'],
    })
    expect(yauth.title.ja).toContain('店舗y')
    expect(yauth.title.ja).toContain('注文管理')
    const nissen = run.find((i) => i.key === 'deferredPayment.stuckOrders:nissen')!
    expect(nissen.title.ja).toContain('ニッセン@払い')
    expect(nissen.subject.shopIds).toEqual(['y'])
  })

  it('uses the kind-specific texts of a credential step', () => {
    const run = generateRunSteps(fullSetup)
    const rak = run.find((i) => i.key === 'credential.renew:c-rak')!
    const texts = stepTexts(rak, findStep('credential.renew')!)
    expect(texts.why.ja).toContain('1時間半')
    expect(texts.howTo.ja.join()).toContain('新しいキーを発行')
    const au = run.find((i) => i.key === 'credential.renew:c-au')!
    expect(stepTexts(au, findStep('credential.renew')!).howTo.ja.join()).toContain('Wow!manager')
  })

  it('gives a 楽天-only shop no Yahoo!, Amazon or deferred-payment steps', () => {
    const run = generateRunSteps({
      shops: [shop('r', 'rakuten')],
      credentials: [cred('c-rak', 'r', 'rakuten.licenseKey')],
    })
    const got = keys(run)
    expect(got).toContain('credential.renew:c-rak')
    expect(got).toContain('mall.holidayCalendar:rakuten')
    expect(got.some((k) => /yahoo|amazon/.test(k))).toBe(false)
    expect(got.some((k) => k.startsWith('amazon.'))).toBe(false)
    expect(got.some((k) => k.startsWith('deferredPayment.') && k !== 'deferredPayment.apps')).toBe(false)
    expect(got.some((k) => k.startsWith('credential.renewEarly'))).toBe(false)
  })

  it('ignores inactive shops and their credentials', () => {
    const run = generateRunSteps({
      shops: [shop('r', 'rakuten'), shop('a', 'amazon', ['kuroneko'], false)],
      credentials: [cred('c-rak', 'r', 'rakuten.licenseKey'), cred('c-amz', 'a', 'amazon.spApi')],
    })
    const got = keys(run)
    expect(got).not.toContain('credential.renewEarly:c-amz')
    expect(got).not.toContain('mall.holidayCalendar:amazon')
    expect(got).not.toContain('amazon.leadTime:amazon')
    expect(got).not.toContain('deferredPayment.loginBefore:kuroneko')
  })

  it('handles a custom credential and a mall without a calendar', () => {
    const run = generateRunSteps({
      shops: [shop('s', 'shopify'), shop('b', 'base')],
      credentials: [cred('c-x', 'b', 'base.custom', '2027-01-02', '外部連携トークン')],
    })
    const x = run.find((i) => i.key === 'credential.renew:c-x')!
    expect(x.title.ja).toContain('外部連携トークン')
    expect(keys(run)).not.toContain('mall.holidayCalendar:shopify')
    expect(keys(run)).toContain('mall.holidayCalendar:base')
  })
})

describe('wizard states', () => {
  const cal = tinyCalendar([closure])
  const dates = phaseDates(closure, cal)
  const ctxFor = (credentials: Credential[], closureRegistered = true): AutoCheckContext => ({
    credentialsById: new Map(credentials.map((c) => [c.id, c])),
    closure,
    reopening: dates.afterReopening,
    marginDays: 7,
    closureRegistered,
  })

  it('marks a credential step done when valid past reopening + margin and back to todo when its date changes', () => {
    const c = cred('c-rak', 'r', 'rakuten.licenseKey', '2027-03-01')
    const run = generateRunSteps({ shops: [shop('r', 'rakuten')], credentials: [c] })
    const inst = run.find((i) => i.key === 'credential.renew:c-rak')!
    const def = findStep(inst.stepId)!

    const auto1 = autoState(inst, def, ctxFor([c]))
    expect(auto1).toBe('done')
    const s1 = mergeStepState(undefined, auto1, '2026-12-22T10:00:00+09:00')
    expect(s1).toMatchObject({ state: 'done', auto: true, doneAt: '2026-12-22T10:00:00+09:00' })
    const saved: StepRecord = { key: inst.key, ...s1 }

    // the date is corrected to one inside reopening + margin (2027-01-11)
    const changed = { ...c, expiresOn: '2027-01-11' }
    const auto2 = autoState(inst, def, ctxFor([changed]))
    expect(auto2).toBe('todo')
    expect(mergeStepState(saved, auto2)).toMatchObject({ state: 'todo', auto: false, doneAt: null })
    expect(autoState(inst, def, ctxFor([{ ...c, expiresOn: '2027-01-12' }]))).toBe('done')
  })

  it('keeps a user skip and flags a user tick the data contradicts', () => {
    const skipped: StepRecord = {
      key: 'k',
      state: 'skipped',
      skipReason: '使っていない',
      notes: '',
      doneAt: null,
      auto: false,
    }
    expect(mergeStepState(skipped, 'done').state).toBe('skipped')
    expect(mergeStepState(skipped, 'todo').state).toBe('skipped')
    const ticked: StepRecord = { ...skipped, state: 'done', skipReason: null, doneAt: 'x' }
    expect(mergeStepState(ticked, 'todo')).toMatchObject({ state: 'done', dataDisagrees: true })
    expect(mergeStepState(ticked, null)).toMatchObject({ state: 'done', dataDisagrees: false })
    expect(mergeStepState(undefined, null)).toMatchObject({ state: 'todo', notes: '', auto: false })
  })

  it('judges the closure and all credentials, and knows nothing about manual steps', () => {
    const good = cred('c1', 'r', 'rakuten.licenseKey', '2027-03-01')
    const bad = cred('c2', 'r', 'rakuten.licenseKey', '2027-01-05')
    const run = generateRunSteps({ shops: [shop('r', 'rakuten')], credentials: [good, bad] })
    const get = (k: string) => run.find((i) => i.key === k)!
    const st = (k: string, ctx: AutoCheckContext) => autoState(get(k), findStep(get(k).stepId)!, ctx)
    expect(st('final.credentials', ctxFor([good, bad]))).toBe('todo')
    expect(st('final.credentials', ctxFor([good]))).toBe('done')
    expect(st('closure.dates', ctxFor([], true))).toBe('done')
    expect(st('closure.dates', ctxFor([], false))).toBe('todo')
    expect(st('final.check', ctxFor([good]))).toBeNull()
    expect(st('credential.renew:c2', ctxFor([good]))).toBeNull()
  })

  it('evaluates a run and measures progress', () => {
    const c = cred('c-rak', 'r', 'rakuten.licenseKey', '2027-03-01')
    const run = generateRunSteps({ shops: [shop('r', 'rakuten')], credentials: [c] })
    const records = new Map<string, StepRecord>([
      [
        'carrier.pickups',
        {
          key: 'carrier.pickups',
          state: 'skipped',
          skipReason: '店頭持込',
          notes: '',
          doneAt: null,
          auto: false,
        },
      ],
    ])
    const evaluated = evaluateRun(run, records, ctxFor([c]))
    expect(evaluated).toHaveLength(run.length)
    const p = runProgress(evaluated)
    // closure.dates, credential.renew:c-rak, final.credentials done from data; carrier skipped
    expect(p).toMatchObject({ done: 3, skipped: 1, total: run.length })
    expect(p.percent).toBe(Math.floor((4 / run.length) * 100))
    expect(runProgress([])).toEqual({ done: 0, skipped: 0, total: 0, percent: 100 })
    expect(runProgress([{ state: 'done' }, { state: 'todo' }, { state: 'todo' }]).percent).toBe(33)
  })
})

describe('run lifecycle, readiness and carrier notes', () => {
  const cal = tinyCalendar([closure])
  const dates = phaseDates(closure, cal)

  it('keeps a run live until two weeks after reopening', () => {
    expect(runOpenUntil(dates)).toBe('2027-01-18')
    expect(runIsLive(dates, '2026-11-01')).toBe(true)
    expect(runIsLive(dates, '2027-01-18')).toBe(true)
    expect(runIsLive(dates, '2027-01-19')).toBe(false)
  })

  it('opens the wizard on the earliest closure whose run is still live', () => {
    const gw: Closure = { id: 'gw', name: 'GW', start: '2027-05-01', end: '2027-05-05' }
    const obon: Closure = { id: 'obon', name: 'お盆', start: '2026-08-13', end: '2026-08-16' }
    const all = [gw, closure, obon]
    const reopening = (c: Closure) => tinyCalendar(all).nextBusinessDay(c.end)
    expect(wizardClosure(all, '2026-12-21', reopening)?.id).toBe('ny2027')
    expect(wizardClosure(all, '2027-01-10', reopening)?.id).toBe('ny2027')
    expect(wizardClosure(all, '2027-01-19', reopening)?.id).toBe('gw')
    expect(wizardClosure(all, '2027-06-01', reopening)).toBeNull()
    expect(wizardClosure([], '2027-06-01', reopening)).toBeNull()
  })

  it('blocks on steps left in a phase whose day has passed and on lapsing credentials, never on skips', () => {
    const base = { subjectType: 'none' as const, autoCheck: null, autoResult: null }
    const steps = [
      { ...base, key: 'a', phase: 'monthBefore' as const, state: 'todo' as const },
      { ...base, key: 'b', phase: 'monthBefore' as const, state: 'skipped' as const },
      { ...base, key: 'c', phase: 'weekBefore' as const, state: 'todo' as const },
      {
        key: 'd',
        phase: 'weekBefore' as const,
        state: 'done' as const,
        subjectType: 'credential' as const,
        autoCheck: 'credentialValidPastReopening' as const,
        autoResult: 'todo' as const,
      },
    ]
    expect(runBlockers(steps, dates, '2026-12-21')).toEqual([
      { key: 'a', reasons: ['phaseOverdue'] },
      { key: 'd', reasons: ['credentialLapses'] },
    ])
    expect(runBlockers(steps, dates, '2026-12-23').map((b) => b.key)).toEqual(['a', 'c', 'd'])
  })

  it('starts the carrier notes from the closure dates; the post-office line only over New Year', () => {
    const t = carrierNotesTemplate(closure, dates.lastBusinessDay, dates.afterReopening)
    expect(t.ja).toContain('最後の集荷: 12/28(月)')
    expect(t.ja).toContain('再開後の最初の集荷: 1/4(月)')
    expect(t.ja).toContain('12/31〜1/3 が休み')
    expect(t.en).toContain('Last pickup: Mon 12/28')
    expect(t.ja.split('\n').length).toBe(t.en.split('\n').length)
    const gw: Closure = { id: 'gw', name: 'GW', start: '2027-05-01', end: '2027-05-05' }
    const g = phaseDates(gw, tinyCalendar([gw]))
    expect(carrierNotesTemplate(gw, g.lastBusinessDay, g.afterReopening).ja).not.toContain('12/31')
    expect(spansNewYearCounters('2027-12-28', '2027-12-30')).toBe(false)
    expect(spansNewYearCounters('2027-12-30', '2028-01-05')).toBe(true)
  })
})
