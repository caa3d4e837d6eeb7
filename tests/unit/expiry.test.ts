import { describe, expect, it } from 'vitest'
import {
  credentialAdvice,
  expiryStatus,
  sortByUrgency,
  type ExpiryContext,
  type ExpiryStatus,
} from '@shared/domain/expiry'
import { addDays, weekdayOf } from '@shared/domain/isoDate'
import { credentialKind, type CredentialKind } from '@shared/domain/malls'
import type { BusinessDayQueries, Closure, IsoDate } from '@shared/domain/types'

/** A tiny business calendar for these tests: weekends, some holidays and closures are off. */
function tinyCalendar(closures: Closure[], holidays: IsoDate[] = []): BusinessDayQueries {
  const isBusinessDay = (d: IsoDate): boolean => {
    const w = weekdayOf(d)
    if (w === 0 || w === 6) return false
    if (holidays.includes(d)) return false
    return !closures.some((c) => c.start <= d && d <= c.end)
  }
  const step = (d: IsoDate, by: number): IsoDate => {
    let x = addDays(d, by)
    while (!isBusinessDay(x)) x = addDays(x, by)
    return x
  }
  return { isBusinessDay, nextBusinessDay: (d) => step(d, 1), prevBusinessDay: (d) => step(d, -1) }
}

function kind(id: string): CredentialKind {
  const k = credentialKind(id)
  if (!k) throw new Error(`no kind ${id}`)
  return k
}

const rakuten = kind('rakuten.licenseKey') // buffer 1
const yahoo = kind('yahoo.authorization') // buffer 0

const newYear: Closure = { id: 'ny', name: '年末年始', start: '2026-12-29', end: '2027-01-03' }
// 2027-01-11 成人の日 right after New Year
const newYearCalendar = tinyCalendar([newYear], ['2027-01-11'])

function ctx(today: IsoDate, extra: Partial<ExpiryContext> = {}): ExpiryContext {
  return { today, closure: newYear, calendar: newYearCalendar, ...extra }
}

type Row = [
  name: string,
  kind: CredentialKind,
  expiresOn: IsoDate,
  ctx: ExpiryContext,
  expected: Partial<ExpiryStatus>,
]

describe('expiryStatus', () => {
  const rows: Row[] = [
    // ── year-end closure 2026-12-29 → 2027-01-03, reopening Mon 2027-01-04 ──
    [
      'expired yesterday',
      rakuten,
      '2026-11-30',
      ctx('2026-12-01'),
      {
        state: 'expired',
        severity: 'critical',
        daysLeft: -1,
        renewBy: '2026-12-01',
        reopening: '2027-01-04',
      },
    ],
    [
      'expires the day before the closure',
      rakuten,
      '2026-12-28',
      ctx('2026-12-01'),
      // last business day before 12-28 is Fri 12-25, one more for the buffer → Thu 12-24
      { state: 'beforeClosure', severity: 'warning', daysLeft: 27, renewBy: '2026-12-24' },
    ],
    [
      'before the closure, within a week',
      yahoo,
      '2026-12-24',
      ctx('2026-12-18'),
      { state: 'beforeClosure', severity: 'critical', daysLeft: 6, renewBy: '2026-12-23' },
    ],
    [
      'expires on the first closure day',
      rakuten,
      '2026-12-29',
      ctx('2026-12-01'),
      { state: 'duringClosure', severity: 'critical', renewBy: '2026-12-25' },
    ],
    [
      'expires during the closure (楽天 buffer)',
      rakuten,
      '2026-12-31',
      ctx('2026-12-01'),
      // last business day 2026-12-28 → renewBy 2026-12-25
      { state: 'duringClosure', severity: 'critical', daysLeft: 30, renewBy: '2026-12-25' },
    ],
    [
      'expires during the closure (no buffer)',
      yahoo,
      '2026-12-31',
      ctx('2026-12-01'),
      { state: 'duringClosure', severity: 'critical', renewBy: '2026-12-28' },
    ],
    [
      'expires on the last closure day, across the year boundary',
      rakuten,
      '2027-01-03',
      ctx('2026-12-01'),
      { state: 'duringClosure', severity: 'critical', daysLeft: 33, reopening: '2027-01-04' },
    ],
    [
      'expires on the first day after reopening',
      rakuten,
      '2027-01-04',
      ctx('2026-12-01'),
      { state: 'afterReopeningMargin', severity: 'critical', renewBy: '2026-12-25', reopening: '2027-01-04' },
    ],
    [
      'expires on reopening + 7 days',
      rakuten,
      '2027-01-11',
      ctx('2026-12-01'),
      { state: 'afterReopeningMargin', severity: 'critical', renewBy: '2026-12-25' },
    ],
    [
      'expires the day after the margin: ok, renewBy skips the holiday',
      rakuten,
      '2027-01-12',
      ctx('2026-12-01'),
      // last business day before 01-12 is Fri 01-08 (01-11 is a holiday), minus 1 → 01-07
      { state: 'ok', severity: 'ok', daysLeft: 42, renewBy: '2027-01-07' },
    ],
    [
      'ok but within 30 days → notice',
      yahoo,
      '2027-01-12',
      ctx('2026-12-20'),
      { state: 'ok', severity: 'notice', daysLeft: 23, renewBy: '2027-01-08' },
    ],
    [
      'a shorter margin',
      rakuten,
      '2027-01-06',
      ctx('2026-12-10', { marginDays: 1 }),
      { state: 'ok', severity: 'notice', daysLeft: 27 },
    ],
    [
      'renewing on the renewBy day itself',
      rakuten,
      '2026-12-30',
      ctx('2026-12-25'),
      { state: 'duringClosure', severity: 'critical', renewBy: '2026-12-25' },
    ],
    [
      'renewBy already past → today',
      rakuten,
      '2026-12-31',
      ctx('2026-12-28'),
      { state: 'duringClosure', severity: 'critical', daysLeft: 3, renewBy: '2026-12-28' },
    ],
    [
      'a later expiry whose renewBy is past → today and critical',
      yahoo,
      '2027-01-05',
      ctx('2026-12-28'),
      { state: 'afterReopeningMargin', severity: 'critical', renewBy: '2026-12-28' },
    ],
    [
      'today inside the closure',
      yahoo,
      '2027-01-02',
      ctx('2026-12-30'),
      { state: 'duringClosure', severity: 'critical', daysLeft: 3, renewBy: '2026-12-30' },
    ],
    [
      'expires today',
      yahoo,
      '2026-12-10',
      ctx('2026-12-10'),
      { state: 'beforeClosure', severity: 'critical', daysLeft: 0, renewBy: '2026-12-10' },
    ],
    [
      'a closure that has ended is ignored',
      yahoo,
      '2027-01-08',
      ctx('2027-01-05'),
      { state: 'ok', severity: 'critical', daysLeft: 3, reopening: null, renewBy: '2027-01-07' },
    ],
    // ── no closure at all ──
    [
      'no closure, 7 days left',
      rakuten,
      '2026-12-08',
      ctx('2026-12-01', { closure: null }),
      { state: 'ok', severity: 'critical', daysLeft: 7, reopening: null, renewBy: '2026-12-04' },
    ],
    [
      'no closure, 30 days left',
      rakuten,
      '2026-12-31',
      ctx('2026-12-01', { closure: null, calendar: null }),
      // no calendar: calendar days, 12-30 minus the buffer
      { state: 'ok', severity: 'warning', daysLeft: 30, renewBy: '2026-12-29' },
    ],
    [
      'no closure, 31 days left',
      yahoo,
      '2027-01-01',
      ctx('2026-12-01', { closure: null, calendar: null }),
      { state: 'ok', severity: 'ok', daysLeft: 31, renewBy: '2026-12-31' },
    ],
    [
      'no closure, expired',
      yahoo,
      '2026-11-01',
      ctx('2026-12-01', { closure: null, calendar: null }),
      { state: 'expired', severity: 'critical', daysLeft: -30, renewBy: '2026-12-01' },
    ],
    [
      'no closure, expires today',
      rakuten,
      '2026-12-01',
      ctx('2026-12-01', { closure: null }),
      { state: 'ok', severity: 'critical', daysLeft: 0, renewBy: '2026-12-01' },
    ],
    // ── a closure without a calendar: reopening = end + 1 ──
    [
      'GW without a calendar',
      rakuten,
      '2027-05-13',
      ctx('2027-04-01', {
        closure: { id: 'gw', name: 'GW', start: '2027-04-29', end: '2027-05-05' },
        calendar: null,
      }),
      { state: 'afterReopeningMargin', reopening: '2027-05-06', renewBy: '2027-04-27' },
    ],
    [
      'GW without a calendar, just past the margin',
      rakuten,
      '2027-05-14',
      ctx('2027-04-01', {
        closure: { id: 'gw', name: 'GW', start: '2027-04-29', end: '2027-05-05' },
        calendar: null,
      }),
      { state: 'ok', reopening: '2027-05-06' },
    ],
  ]

  // ── month ends and leap years ──
  const feb2027: Closure = { id: 'f', name: '棚卸', start: '2027-02-26', end: '2027-02-28' }
  const feb2027Cal = tinyCalendar([feb2027])
  const feb2028: Closure = { id: 'l', name: '棚卸', start: '2028-02-28', end: '2028-02-29' }
  const feb2028Cal = tinyCalendar([feb2028])
  rows.push(
    [
      'common year: expires on 02-28',
      yahoo,
      '2027-02-28',
      { today: '2027-02-01', closure: feb2027, calendar: feb2027Cal },
      { state: 'duringClosure', daysLeft: 27, reopening: '2027-03-01', renewBy: '2027-02-25' },
    ],
    [
      'common year: reopening 03-01 + 7',
      yahoo,
      '2027-03-08',
      { today: '2027-02-01', closure: feb2027, calendar: feb2027Cal },
      { state: 'afterReopeningMargin' },
    ],
    [
      'common year: 03-09 is past the margin',
      yahoo,
      '2027-03-09',
      { today: '2027-02-01', closure: feb2027, calendar: feb2027Cal },
      { state: 'ok', severity: 'ok', daysLeft: 36 },
    ],
    [
      'leap year: expires on 02-29',
      rakuten,
      '2028-02-29',
      { today: '2028-02-01', closure: feb2028, calendar: feb2028Cal },
      { state: 'duringClosure', daysLeft: 28, reopening: '2028-03-01', renewBy: '2028-02-24' },
    ],
    [
      'leap year: expires on the reopening day 03-01',
      rakuten,
      '2028-03-01',
      { today: '2028-02-01', closure: feb2028, calendar: feb2028Cal },
      { state: 'afterReopeningMargin', daysLeft: 29 },
    ],
    [
      'leap year: expires on 02-27, the day before',
      rakuten,
      '2028-02-27',
      { today: '2028-02-01', closure: feb2028, calendar: feb2028Cal },
      // 02-27 is a Sunday: last business day before it is Fri 02-25, minus 1 → 02-24
      { state: 'beforeClosure', severity: 'warning', daysLeft: 26, renewBy: '2028-02-24' },
    ],
  )

  it.each(rows)('%s', (_name, k, expiresOn, context, expected) => {
    expect(expiryStatus(expiresOn, k, context)).toMatchObject(expected)
  })

  it('renewBy is always a business day and never before today', () => {
    for (let i = 0; i < 80; i++) {
      const expiresOn = addDays('2026-12-01', i)
      const s = expiryStatus(expiresOn, rakuten, ctx('2026-12-01'))
      expect(s.renewBy).not.toBeNull()
      expect(s.renewBy! >= '2026-12-01').toBe(true)
      if (s.renewBy !== '2026-12-01') expect(newYearCalendar.isBusinessDay(s.renewBy!)).toBe(true)
      if (s.state !== 'ok') expect(s.renewBy! < newYear.start).toBe(true)
    }
  })
})

describe('sortByUrgency', () => {
  type Item = { id: string; expiresOn: IsoDate; noClosure?: boolean }
  const statusOf = (t: Item) =>
    expiryStatus(t.expiresOn, yahoo, ctx('2026-12-01', t.noClosure ? { closure: null } : {}))

  it('orders by the renew-by date, then rank and days left, keeping ties stable', () => {
    const items: Item[] = [
      { id: 'ok-far', expiresOn: '2027-06-01' },
      { id: 'after-reopening', expiresOn: '2027-01-05' },
      { id: 'during-late', expiresOn: '2027-01-02' },
      { id: 'during-a', expiresOn: '2026-12-30' },
      { id: 'no-closure-warning', expiresOn: '2026-12-31', noClosure: true },
      { id: 'expired', expiresOn: '2026-11-20' },
      { id: 'during-b', expiresOn: '2026-12-30' },
      { id: 'no-closure-critical', expiresOn: '2026-12-06', noClosure: true },
      { id: 'before-critical', expiresOn: '2026-12-05' },
      { id: 'before-warning', expiresOn: '2026-12-20' },
    ]
    const sorted = sortByUrgency(items, statusOf).map((t) => t.id)
    expect(sorted).toEqual([
      'expired', // renew by today
      'before-critical', // by 12/04
      'no-closure-critical', // by 12/04, then severity: critical
      'before-warning', // by 12/18
      'during-a', // by 12/28 (the last business day), critical
      'during-b',
      'during-late',
      'after-reopening',
      'no-closure-warning', // by 12/30
      'ok-far',
    ])
    // the input is left alone
    expect(items[0]!.id).toBe('ok-far')
  })

  it('puts severity before state in the rank', () => {
    const critical = statusOf({ id: 'a', expiresOn: '2026-12-06', noClosure: true })
    const warning = statusOf({ id: 'b', expiresOn: '2026-12-20' })
    expect(critical).toMatchObject({ state: 'ok', severity: 'critical' })
    expect(warning).toMatchObject({ state: 'beforeClosure', severity: 'warning' })
    expect(critical.rank).toBeLessThan(warning.rank)
    expect(sortByUrgency([], statusOf)).toEqual([])
  })
})

describe('credentialAdvice', () => {
  const mallName = { ja: '楽天市場', en: 'Rakuten Ichiba' }

  it('tells when a key expires during the closure and when to renew', () => {
    const status = expiryStatus('2026-12-31', rakuten, ctx('2026-12-01'))
    const advice = credentialAdvice({
      shopName: 'サンプル店',
      mallName,
      kind: rakuten,
      credentialLabel: '',
      expiresOn: '2026-12-31',
      status,
      estimated: false,
    })
    expect(advice.ja).toContain(
      '楽天市場 サンプル店のライセンスキーは休業中の 2026/12/31(木) に期限が切れます',
    )
    expect(advice.ja).toContain('2026/12/25(金) までに更新してください')
    expect(advice.ja).toContain('1営業日の余裕')
    expect(advice.ja).not.toContain('推定')
    expect(advice.en).toContain('the license key expires on Thu 2026/12/31, during the closure')
    expect(advice.en).toContain('Renew it by Fri 2026/12/25')
  })

  it('mentions an estimated date', () => {
    const status = expiryStatus('2027-01-04', rakuten, ctx('2026-12-01'))
    const advice = credentialAdvice({
      shopName: 'サンプル店',
      mallName,
      kind: rakuten,
      credentialLabel: '',
      expiresOn: '2027-01-04',
      status,
      estimated: true,
    })
    expect(advice.ja).toContain('休業明け')
    expect(advice.ja).toContain('推定日')
    expect(advice.ja).toContain('モールの管理画面で正しい日付を確認してください')
    expect(advice.en).toContain('estimate')
  })

  it.each([
    ['2026-11-30', '2026-12-01', '期限が切れています', 'expired on'],
    ['2026-12-20', '2026-12-01', '休業前の', 'before the closure'],
    ['2027-03-01', '2026-12-01', '今のところ対応は要りません', 'Nothing to do yet'],
    ['2027-01-02', '2026-12-30', '今日のうちに更新してください', 'Renew it today'],
  ])('expires %s, today %s', (expiresOn, today, ja, en) => {
    const k = kind('yahoo.authorization')
    const advice = credentialAdvice({
      shopName: 'テスト店',
      mallName: { ja: 'Yahoo!ショッピング', en: 'Yahoo! Shopping' },
      kind: k,
      credentialLabel: '注文管理',
      expiresOn,
      status: expiryStatus(expiresOn, k, ctx(today)),
      estimated: false,
    })
    expect(advice.ja).toContain('API 認可(機能ごと)「注文管理」')
    expect(advice.ja).toContain(ja)
    expect(advice.en).toContain(en)
  })

  it('uses the label as the name of a custom credential', () => {
    const k = kind('base.custom')
    const expiresOn = '2026-12-30'
    const advice = credentialAdvice({
      shopName: 'ベース店',
      mallName: { ja: 'BASE', en: 'BASE' },
      kind: k,
      credentialLabel: '独自ドメイン',
      expiresOn,
      status: expiryStatus(expiresOn, k, ctx('2026-12-01')),
      estimated: false,
    })
    expect(advice.ja).toContain('BASE ベース店の「独自ドメイン」は休業中の')
    expect(advice.en).toContain('ベース店 (BASE): “独自ドメイン” expires')
  })
})

describe('credentialAdvice for a method the mall has ended', () => {
  it('says the Yahoo! certificate method ended and asks to switch, even when the date is far', () => {
    const kind = credentialKind('yahoo.certificate')!
    expect(kind.legacy?.endedOn).toBe('2023-07-27')
    const status = expiryStatus('2027-09-30', kind, { today: '2026-12-01', closure: null, calendar: null })
    const advice = credentialAdvice({
      shopName: '本店',
      mallName: { ja: 'Yahoo!ショッピング', en: 'Yahoo! Shopping' },
      kind,
      credentialLabel: '',
      expiresOn: '2027-09-30',
      status,
      estimated: false,
    })
    expect(advice.ja).toContain('この方式は 2023/07/27 に終了しています')
    expect(advice.en).toContain('This method ended on 2023/07/27')
  })
})
