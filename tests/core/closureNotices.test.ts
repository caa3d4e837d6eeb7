import ICAL from 'ical.js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '@core'
import { noticeValues, renderNotice } from '@shared/domain/notices'
import type { Closure, Shop } from '@shared/domain/types'
import type { CalendarFile, ClosureNoticesView, OrderCheckRule } from '@shared/ipc/closureNotices'
import type { CredentialView } from '@shared/ipc/shops'
import { testSecretStore } from '../helpers/keychain'
import { jst, SimTime } from '../helpers/simTime'
import { makeTempDir } from '../helpers/tempDir'

let dir: ReturnType<typeof makeTempDir>
let store: ReturnType<typeof testSecretStore>
let time: SimTime
let core: Core

function start(): Core {
  return createCore({ dataDir: dir.path, secrets: store, clock: time, reminders: { autoStart: false } })
}

async function ok<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await core.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message.ja}`)
  return result.value as T
}

async function refused(channel: string, input: unknown) {
  const result = await core.dispatch(channel, input)
  if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(input)}`)
  return result.error
}

let shop: Shop
let closure: Closure

beforeEach(async () => {
  dir = makeTempDir()
  store = testSecretStore()
  time = new SimTime(jst('2026-12-18', '08:00'))
  core = start()
  closure = await ok<Closure>('saveClosure', { name: '年末年始', start: '2026-12-29', end: '2027-01-03' })
  shop = await ok<Shop>('saveShop', {
    name: '山田商店 楽天市場店',
    mallId: 'rakuten',
    active: true,
    deferredPaymentApps: [],
    notes: '',
  })
  await ok<CredentialView>('saveCredential', {
    shopId: shop.id,
    kindId: 'rakuten.licenseKey',
    label: '',
    issuedOn: null,
    expiresOn: '2026-12-30',
  })
})
afterEach(async () => {
  core?.close()
  await store.cleanup()
  dir?.remove()
})

const text = (v: ClosureNoticesView, id: string, lang: 'ja' | 'en' = 'ja') =>
  renderNotice(
    v.templates.find((t) => t.id === id)!.body[lang],
    noticeValues(v.dates!, lang, { shopName: v.options.shopName }),
  )

describe('closure notices', () => {
  it('the closure of the day, its dates, and a shop speaking with its own name', async () => {
    const common = await ok<ClosureNoticesView>('getClosureNotices', {})
    expect(common.closure?.id).toBe(closure.id)
    expect(common.state).toBe('monthBefore')
    expect(common.dates).toMatchObject({ lastShipDay: '2026-12-28', reopening: '2027-01-04' })
    expect(text(common, 'shopNotice')).toContain('いつも当店をご利用いただき')
    const mine = await ok<ClosureNoticesView>('getClosureNotices', { scope: shop.id })
    expect(mine.options.shopName).toBe('山田商店 楽天市場店')
    expect(mine.templates.find((t) => t.id === 'shopNotice')!.placement?.where.ja).toContain('RMS')
    expect(mine.shops).toEqual([
      { id: shop.id, name: shop.name, mallId: 'rakuten', mallName: expect.any(Object) },
    ])
  })

  it('edits are saved per shop, fall back to the common edit, survive a restart and reset', async () => {
    await ok('saveNoticeTemplate', {
      scope: 'common',
      templateId: 'banner',
      lang: 'ja',
      body: '共通:{closureRange}',
    })
    let v = await ok<ClosureNoticesView>('saveNoticeTemplate', {
      scope: shop.id,
      templateId: 'banner',
      lang: 'en',
      body: 'Shop: {closureRange}\r\n',
    })
    const banner = () => v.templates.find((t) => t.id === 'banner')!
    expect(banner().origin).toEqual({ ja: 'common', en: 'own' })
    expect(banner().body.en).toBe('Shop: {closureRange}\n')
    core.close()
    core = start()
    v = await ok<ClosureNoticesView>('getClosureNotices', { scope: shop.id })
    expect(text(v, 'banner')).toBe('共通:12月29日(火)〜1月3日(日)')
    expect(text(v, 'banner', 'en')).toBe('Shop: Tue 29 Dec – Sun 3 Jan\n')
    v = await ok<ClosureNoticesView>('resetNoticeTemplate', { scope: shop.id, templateId: 'banner' })
    expect(banner().origin).toEqual({ ja: 'common', en: 'builtIn' })
    v = await ok<ClosureNoticesView>('getClosureNotices', {})
    expect(banner().origin.ja).toBe('own')
  })

  it('options: the cut-off wording and a shop name, per shop', async () => {
    const v = await ok<ClosureNoticesView>('saveNoticeOptions', {
      scope: shop.id,
      options: { shopName: ' 山田商店 ', showCutoff: false, limits: { banner: 60 } },
    })
    expect(v.ownOptions).toBe(true)
    expect(v.options).toEqual({ shopName: '山田商店', showCutoff: false, limits: { banner: 60 } })
    expect(v.dates?.orderDeadline).toEqual({ date: '2026-12-24', time: null })
    const common = await ok<ClosureNoticesView>('getClosureNotices', {})
    expect(common.dates?.orderDeadline).toEqual({ date: '2026-12-25', time: '12:00' })
    const back = await ok<ClosureNoticesView>('saveNoticeOptions', { scope: shop.id, options: null })
    expect(back.ownOptions).toBe(false)
  })

  it('refuses what it cannot keep, in Japanese first, and writes nothing', async () => {
    const empty = await refused('saveNoticeTemplate', {
      scope: 'common',
      templateId: 'banner',
      lang: 'ja',
      body: '  ',
    })
    expect(empty.code).toBe('notice_empty')
    expect(empty.message.ja).toContain('文面が空です')
    expect((await refused('getClosureNotices', { scope: 'nope' })).code).toBe('not_found')
    expect(
      (await refused('saveNoticeTemplate', { scope: 'common', templateId: 'x', lang: 'ja', body: 'a' })).code,
    ).toBe('invalid_input')
    const v = await ok<ClosureNoticesView>('getClosureNotices', {})
    expect(v.templates.every((t) => t.origin.ja === 'builtIn')).toBe(true)
  })

  it('a deleted shop takes its texts with it', async () => {
    await ok('saveNoticeTemplate', { scope: shop.id, templateId: 'banner', lang: 'ja', body: 'x' })
    await ok('deleteShop', { id: shop.id, confirm: true })
    const rows = core.db.prepare('SELECT COUNT(*) AS n FROM notice_templates').get() as { n: number }
    expect(rows.n).toBe(0)
  })
})

describe('order CSV rule and calendar file', () => {
  it('the rule is the mail window of the closure of the day', async () => {
    const rule = await ok<OrderCheckRule>('getOrderCheckRule', {})
    expect(rule).toMatchObject({ resumeDate: '2027-01-04', lastShipDay: '2026-12-28', windowDays: 7 })
    expect(rule.missedDates).toEqual(['2026-12-28'])
    const later = await ok<OrderCheckRule>('getOrderCheckRule', { resumeDate: '2027-01-06' })
    expect(later.missedDates).toEqual(['2026-12-28', '2026-12-29', '2026-12-30'])
  })

  it('the .ics carries the plan: parsed back, same do-by dates, same UIDs on re-export', async () => {
    const file = await ok<CalendarFile>('exportCalendarIcs', { lang: 'ja' })
    expect(file.fileName).toBe('休業準備ナビ-年末年始-2026.ics')
    const events = new ICAL.Component(ICAL.parse(file.content))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
    expect(events).toHaveLength(file.events)
    const plan = core.services.timeline.plan()
    for (const a of plan.actions) {
      const e = events.find((x) => x.uid.includes(a.id))
      expect(e?.startDate.toString(), a.id).toBe(a.doBy)
    }
    time.ms += 3600_000
    const again = await ok<CalendarFile>('exportCalendarIcs', { lang: 'en' })
    const uids = (c: string) =>
      new ICAL.Component(ICAL.parse(c))
        .getAllSubcomponents('vevent')
        .map((v) => String(v.getFirstPropertyValue('uid')))
        .sort()
    expect(uids(again.content)).toEqual(uids(file.content))
    expect(again.fileName).toBe('holiday-prep-年末年始-2026.ics')
  })
})
