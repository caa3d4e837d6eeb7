import { describe, expect, it } from 'vitest'
import { createBusinessCalendar, type BusinessCalendar } from '@shared/domain/calendar'
import { holidayOn, holidaysBetween } from '@shared/domain/holidays'
import { addDays, toDayNumber, weekdayOf } from '@shared/domain/isoDate'
import type { CalendarSettings, Closure } from '@shared/domain/types'

// The dates below are real: 2026-12-28 is a Monday, 2027-01-01 a Friday, 2027-01-11 成人の日.
const newYear: Closure = { id: 'ny', name: '年末年始', start: '2026-12-29', end: '2027-01-03' }
const obon: Closure = { id: 'obon', name: 'お盆', start: '2026-08-12', end: '2026-08-16' }
const gw: Closure = { id: 'gw', name: 'GW', start: '2027-04-29', end: '2027-05-05' }

function settings(overrides: Partial<CalendarSettings> = {}): CalendarSettings {
  return {
    weeklyOff: [0, 6],
    useHolidays: true,
    closures: [newYear],
    extraBusinessDays: [],
    extraNonBusinessDays: [],
    cutoffTime: '12:00',
    leadTimeDays: 1,
    followUpDays: 14,
    ...overrides,
  } as CalendarSettings
}

/** The obvious day-by-day definition, to check the cached index against. */
function naiveIsBusiness(s: CalendarSettings, date: string): boolean {
  if (s.extraBusinessDays.includes(date)) return true
  if (s.weeklyOff.includes(weekdayOf(date))) return false
  if (s.useHolidays && holidayOn(date)) return false
  if (s.closures.some((c) => c.start <= date && date <= c.end)) return false
  return !s.extraNonBusinessDays.includes(date)
}

function naiveShipDate(s: CalendarSettings, date: string, time: string, lead: number): string {
  const next = (d: string) => {
    let x = addDays(d, 1)
    while (!naiveIsBusiness(s, x)) x = addDays(x, 1)
    return x
  }
  let day = naiveIsBusiness(s, date) && time < s.cutoffTime ? date : next(date)
  for (let i = 0; i < lead; i++) day = next(day)
  return day
}

describe('holidays', () => {
  it.each([
    ['2027-01-01', '元日', "New Year's Day"],
    ['2027-01-11', '成人の日', 'Coming of Age Day'],
    ['2026-05-06', '振替休日（こどもの日）', "Substitute holiday (Children's Day)"],
    ['2027-03-22', '振替休日（春分の日）', 'Substitute holiday (Vernal Equinox Day)'],
    ['2026-09-22', '国民の休日', "Citizen's Holiday"],
  ])('%s is %s', (date, ja, en) => {
    expect(holidayOn(date)).toEqual({ date, name: { ja, en }, provisional: false })
  })

  it.each(['2026-12-28', '2027-01-04', '2027-01-12'])('%s is no holiday', (date) => {
    expect(holidayOn(date)).toBeNull()
  })

  it.each([
    ['2027-01-11', '2026-11-29', false],
    ['2027-03-22', '2026-11-29', false],
    ['2028-01-10', '2026-11-29', true],
    ['2028-03-20', '2026-11-29', true],
    ['2028-03-20', '2027-01-05', false],
    ['2028-03-20', undefined, false],
  ])('%s seen on %s is provisional: %s', (date, today, provisional) => {
    expect(holidayOn(date, today)?.provisional).toBe(provisional)
  })

  it('lists the holidays of a range, both ends included', () => {
    expect(holidaysBetween('2026-12-26', '2027-01-11').map((h) => [h.date, h.name.ja])).toEqual([
      ['2027-01-01', '元日'],
      ['2027-01-11', '成人の日'],
    ])
    expect(holidaysBetween('2027-01-02', '2027-01-10')).toEqual([])
    expect(holidaysBetween('2027-12-31', '2028-01-10', '2026-11-29')).toEqual([
      { date: '2028-01-01', name: { ja: '元日', en: "New Year's Day" }, provisional: true },
      { date: '2028-01-10', name: { ja: '成人の日', en: 'Coming of Age Day' }, provisional: true },
    ])
  })
})

describe('business days', () => {
  const cal = createBusinessCalendar(settings())

  it.each([
    ['2026-12-25', true], // Friday
    ['2026-12-26', false], // Saturday
    ['2026-12-28', true], // last day before the closure
    ['2026-12-29', false], // closure, first day
    ['2027-01-01', false], // closure and 元日
    ['2027-01-03', false], // closure, last day
    ['2027-01-04', true], // reopening
    ['2027-01-11', false], // 成人の日
    ['2026-05-06', false], // 振替休日
    ['2027-03-22', false], // 振替休日
    ['2027-03-23', true],
  ])('%s is a business day: %s', (date, business) => {
    expect(cal.isBusinessDay(date)).toBe(business)
  })

  it.each([
    ['nextBusinessDay', '2026-12-28', '2027-01-04'],
    ['nextBusinessDay', '2027-01-08', '2027-01-12'],
    ['nextBusinessDay', '2026-12-25', '2026-12-28'],
    ['prevBusinessDay', '2027-01-04', '2026-12-28'],
    ['prevBusinessDay', '2027-01-12', '2027-01-08'],
    ['onOrAfter', '2027-01-04', '2027-01-04'],
    ['onOrAfter', '2026-12-30', '2027-01-04'],
    ['onOrBefore', '2026-12-30', '2026-12-28'],
    ['onOrBefore', '2026-12-28', '2026-12-28'],
  ] as const)('%s(%s) = %s', (method, date, expected) => {
    expect(cal[method](date)).toBe(expected)
  })

  it.each([
    ['2026-12-26', 0, '2026-12-28'],
    ['2026-12-28', 0, '2026-12-28'],
    ['2026-12-28', 1, '2027-01-04'],
    ['2026-12-28', 5, '2027-01-08'],
    ['2026-12-28', 6, '2027-01-12'],
    ['2027-01-04', -1, '2026-12-28'],
    ['2027-01-02', -1, '2026-12-25'], // from onOrBefore(01-02) = 12-28, one back
    ['2027-01-12', -6, '2026-12-28'],
  ])('addBusinessDays(%s, %i) = %s', (date, n, expected) => {
    expect(cal.addBusinessDays(date, n)).toBe(expected)
  })

  it.each([
    ['2026-12-28', '2027-01-04', 1],
    ['2026-12-25', '2026-12-28', 1],
    ['2026-12-28', '2026-12-28', 0],
    ['2027-01-04', '2026-12-28', 0],
    ['2026-12-27', '2027-01-12', 7], // 12-28, 1/4–1/8, 1/12
    ['2026-01-01', '2026-12-31', 241], // 261 weekdays − 17 weekday holidays − 12/29–12/31
  ])('businessDaysBetween(%s, %s) = %i (from excluded, to included)', (from, to, expected) => {
    expect(cal.businessDaysBetween(from, to)).toBe(expected)
  })

  it('moves forth and back symmetrically and counts what it moved', () => {
    for (const start of ['2026-12-28', '2027-01-04', '2026-04-30', '2029-06-15']) {
      for (const n of [0, 1, 5, 30, 400]) {
        const end = cal.addBusinessDays(start, n)
        expect(cal.businessDaysBetween(start, end)).toBe(n)
        expect(cal.addBusinessDays(end, -n)).toBe(start)
      }
    }
  })

  it('knows the days around a closure', () => {
    expect(cal.closureContaining('2026-12-31')).toEqual(newYear)
    expect(cal.closureContaining('2026-12-28')).toBeNull()
    expect(cal.closureContaining('2027-01-04')).toBeNull()
    expect(cal.lastShipDayBefore(newYear)).toBe('2026-12-28')
    expect(cal.firstShipDayAfter(newYear)).toBe('2027-01-04')
  })

  it('handles a closure across the year boundary ending before a holiday Monday', () => {
    const yearEnd: Closure = { id: 'ye', name: '年末年始', start: '2027-12-30', end: '2028-01-04' }
    const c = createBusinessCalendar(settings({ closures: [yearEnd] }))
    expect(c.lastShipDayBefore(yearEnd)).toBe('2027-12-29')
    expect(c.firstShipDayAfter(yearEnd)).toBe('2028-01-05')
    expect(c.businessDaysBetween('2027-12-29', '2028-01-11')).toBe(4) // 1/5, 1/6, 1/7, 1/11 (1/10 成人の日)
    expect(c.shipDate('2027-12-29', '15:00', 0)).toBe('2028-01-05')
    expect(c.shipDate('2027-12-29', '11:00', 1)).toBe('2028-01-05')
  })

  it('keeps its own copy of the settings', () => {
    const s = settings()
    const c = createBusinessCalendar(s)
    s.closures.push({ id: 'x', name: 'x', start: '2027-01-04', end: '2027-01-08' })
    s.weeklyOff.push(1)
    expect(c.isBusinessDay('2027-01-04')).toBe(true)
    expect(c.settings.closures).toEqual([newYear])
    expect(Object.isFrozen(c.settings.closures[0])).toBe(true)
  })
})

describe('ship date', () => {
  const cal = createBusinessCalendar(settings())

  it.each([
    // orderDate, time, lead, ship date
    ['2026-12-28', '11:59', 0, '2026-12-28'],
    ['2026-12-28', '12:00', 0, '2027-01-04'],
    ['2026-12-28', '15:00', 0, '2027-01-04'],
    ['2026-12-28', '11:59', 1, '2027-01-04'],
    ['2026-12-28', '12:00', 1, '2027-01-05'],
    ['2026-12-28', '15:00', 1, '2027-01-05'],
    ['2026-12-28', '11:59', 5, '2027-01-08'],
    ['2026-12-28', '15:00', 5, '2027-01-12'], // skips 成人の日
    ['2026-12-30', '09:00', 0, '2027-01-04'], // placed during the closure
    ['2026-12-26', '09:00', 0, '2026-12-28'], // placed on a Saturday morning
    ['2027-01-08', '15:00', 0, '2027-01-12'], // Friday afternoon before a 3-day weekend
    ['2027-01-08', '11:59', 1, '2027-01-12'],
    ['2026-05-01', '15:00', 0, '2026-05-07'], // GW: 5/4, 5/5 and 振替休日 5/6
    ['2027-03-19', '15:00', 0, '2027-03-23'], // 振替休日 3/22
    ['2026-12-28', '00:00', 0, '2026-12-28'],
    ['2026-12-28', '23:59', 0, '2027-01-04'],
  ])('order %s %s, lead %i → %s', (date, time, lead, expected) => {
    expect(cal.shipDate(date, time, lead)).toBe(expected)
  })

  it('uses the lead time of the settings by default', () => {
    expect(cal.shipDate('2026-12-25', '11:59')).toBe('2026-12-28')
    expect(cal.shipDate('2026-12-25', '12:00')).toBe('2027-01-04')
  })

  it('accepts H:MM and seconds but refuses what is not a time', () => {
    expect(cal.shipDate('2026-12-28', '9:30', 0)).toBe('2026-12-28')
    expect(cal.shipDate('2026-12-28', '11:59:59', 0)).toBe('2026-12-28')
    for (const bad of ['24:00', '12:60', 'noon', '', '1200']) {
      expect(() => cal.shipDate('2026-12-28', bad, 0)).toThrow(RangeError)
    }
    expect(() => cal.shipDate('2026-12-28', '10:00', -1)).toThrow(RangeError)
    expect(() => cal.shipDate('2027-02-29', '10:00', 0)).toThrow(RangeError)
  })

  it('agrees with the day-by-day definition over 2026–2030', () => {
    const s = settings({
      closures: [obon, newYear, gw, { id: 'y', name: '年末年始', start: '2029-12-28', end: '2030-01-06' }],
      extraBusinessDays: ['2026-12-26', '2027-01-02', '2028-01-10'],
      extraNonBusinessDays: ['2027-01-04', '2028-06-01', '2030-12-30'],
      weeklyOff: [0, 3],
    })
    const c = createBusinessCalendar(s)
    let seed = 12345
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const start = toDayNumber('2026-01-01')
    for (let i = 0; i < 1500; i++) {
      const date = addDays('2026-01-01', random(365 * 5))
      const time = ['09:00', '11:59', '12:00', '15:00'][random(4)]!
      const lead = random(31)
      expect(c.shipDate(date, time, lead)).toBe(naiveShipDate(s, date, time, lead))
      expect(c.isBusinessDay(date)).toBe(naiveIsBusiness(s, date))
      expect(c.dayInfo(date).business).toBe(naiveIsBusiness(s, date))
    }
    expect(toDayNumber('2026-01-01')).toBe(start)
  })
})

describe('extra days', () => {
  it('opens a Saturday listed as an extra business day, keeping the reason it would be closed', () => {
    const c = createBusinessCalendar(settings({ extraBusinessDays: ['2026-12-26'] }))
    expect(c.isBusinessDay('2026-12-26')).toBe(true)
    expect(c.shipDate('2026-12-25', '15:00', 0)).toBe('2026-12-26')
    expect(c.nextBusinessDay('2026-12-25')).toBe('2026-12-26')
    expect(c.dayInfo('2026-12-26')).toMatchObject({
      business: true,
      extraBusiness: true,
      reasons: [{ kind: 'weekend', weekday: 6 }],
    })
  })

  it('opens one day inside a closure', () => {
    const c = createBusinessCalendar(settings({ extraBusinessDays: ['2026-12-30'] }))
    expect(c.shipDate('2026-12-28', '15:00', 0)).toBe('2026-12-30')
    expect(c.shipDate('2026-12-28', '15:00', 1)).toBe('2027-01-04')
    expect(c.closureContaining('2026-12-30')).toEqual(newYear)
    // The closure's own edges do not move.
    expect(c.lastShipDayBefore(newYear)).toBe('2026-12-28')
  })

  it('closes a day listed as an extra non-business day', () => {
    const c = createBusinessCalendar(settings({ extraNonBusinessDays: ['2027-01-04'] }))
    expect(c.isBusinessDay('2027-01-04')).toBe(false)
    expect(c.firstShipDayAfter(newYear)).toBe('2027-01-05')
    expect(c.shipDate('2026-12-28', '15:00', 0)).toBe('2027-01-05')
    expect(c.dayInfo('2027-01-04').reasons).toEqual([{ kind: 'extraNonBusiness' }])
  })

  it('lets holidays count as business days when useHolidays is off', () => {
    const c = createBusinessCalendar(settings({ useHolidays: false }))
    expect(c.isBusinessDay('2027-01-11')).toBe(true)
    expect(c.dayInfo('2027-01-11')).toMatchObject({
      business: true,
      reasons: [],
      holiday: { date: '2027-01-11' },
    })
  })
})

describe('next closure', () => {
  const cal = createBusinessCalendar(settings({ closures: [gw, newYear, obon] }))

  it.each([
    ['2026-07-01', 'obon'], // before all
    ['2026-08-12', 'obon'], // first day
    ['2026-08-14', 'obon'], // inside
    ['2026-08-16', 'obon'], // last day
    ['2026-08-17', 'ny'], // between
    ['2027-01-03', 'ny'],
    ['2027-01-04', 'gw'],
    ['2027-05-05', 'gw'],
    ['2027-05-06', null], // after all
  ])('on %s → %s', (today, id) => {
    expect(cal.nextClosure(today)?.id ?? null).toBe(id)
  })

  it('is null without closures', () => {
    expect(createBusinessCalendar(settings({ closures: [] })).nextClosure('2026-12-01')).toBeNull()
  })
})

describe('day information', () => {
  const cal = createBusinessCalendar(settings(), { today: '2026-11-29' })

  it('gives every reason a day is closed', () => {
    expect(cal.dayInfo('2027-01-01')).toEqual({
      date: '2027-01-01',
      weekday: 5,
      business: false,
      reasons: [
        { kind: 'holiday', name: { ja: '元日', en: "New Year's Day" }, provisional: false },
        { kind: 'closure', closureId: 'ny', name: '年末年始' },
      ],
      extraBusiness: false,
      holiday: { date: '2027-01-01', name: { ja: '元日', en: "New Year's Day" }, provisional: false },
      closure: newYear,
    })
    expect(cal.dayInfo('2027-01-02').reasons).toEqual([
      { kind: 'weekend', weekday: 6 },
      { kind: 'closure', closureId: 'ny', name: '年末年始' },
    ])
    expect(cal.dayInfo('2027-01-04')).toMatchObject({
      business: true,
      reasons: [],
      holiday: null,
      closure: null,
    })
  })

  it('marks holidays beyond next year as provisional', () => {
    expect(cal.dayInfo('2028-01-10').reasons).toEqual([
      { kind: 'holiday', name: { ja: '成人の日', en: 'Coming of Age Day' }, provisional: true },
    ])
    expect(cal.dayInfo('2027-01-11').holiday?.provisional).toBe(false)
  })

  it('lists the closed days of a range', () => {
    expect(cal.nonBusinessDays('2026-12-26', '2027-01-11').map((d) => d.date)).toEqual([
      '2026-12-26',
      '2026-12-27',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
      '2027-01-09',
      '2027-01-10',
      '2027-01-11',
    ])
    expect(cal.nonBusinessDays('2027-01-04', '2027-01-08')).toEqual([])
    expect(cal.nonBusinessDays('2027-01-11', '2027-01-04')).toEqual([])
  })

  it.each([
    [2027, 1, 31, 19],
    [2026, 2, 28, 18], // 2/11 and 2/23 are holidays
    [2028, 2, 29, 19],
    [2026, 12, 31, 20], // 23 weekdays − 12/29–12/31
  ])('month %i-%i has %i days, %i of them business days', (year, month, days, business) => {
    const grid = cal.month(year, month)
    expect(grid).toHaveLength(days)
    expect(grid[0]!.date).toBe(`${year}-${String(month).padStart(2, '0')}-01`)
    expect(grid.filter((d) => d.business)).toHaveLength(business)
  })

  it('refuses a month that does not exist', () => {
    expect(() => cal.month(2027, 13)).toThrow(RangeError)
  })
})

describe('absurd settings', () => {
  it('throws a clear RangeError when every weekday is off', () => {
    const c = createBusinessCalendar(settings({ weeklyOff: [0, 1, 2, 3, 4, 5, 6] }))
    expect(c.isBusinessDay('2027-01-04')).toBe(false)
    expect(() => c.nextBusinessDay('2027-01-04')).toThrow(/No business day within 3 years/)
    expect(() => c.prevBusinessDay('2027-01-04')).toThrow(RangeError)
    expect(() => c.shipDate('2027-01-04', '10:00', 0)).toThrow(RangeError)
  })

  it('still finds the few extra business days, then stops', () => {
    const c = createBusinessCalendar(
      settings({ weeklyOff: [0, 1, 2, 3, 4, 5, 6], extraBusinessDays: ['2027-01-10', '2027-02-10'] }),
    )
    expect(c.nextBusinessDay('2027-01-01')).toBe('2027-01-10')
    expect(c.addBusinessDays('2027-01-01', 1)).toBe('2027-02-10')
    expect(() => c.addBusinessDays('2027-01-01', 2)).toThrow(RangeError)
    expect(() => c.addBusinessDays('2027-02-10', -2)).toThrow(RangeError)
  })

  it.each([
    [{ cutoffTime: '25:00' }],
    [{ leadTimeDays: -1 }],
    [{ weeklyOff: [7] }],
    [{ extraBusinessDays: ['2027-02-29'] }],
    [{ closures: [{ id: 'x', name: 'x', start: '2027-01-05', end: '2027-01-04' }] }],
  ])('refuses settings that would make the arithmetic wrong: %j', (overrides) => {
    expect(() => createBusinessCalendar(settings(overrides))).toThrow(RangeError)
  })
})

describe('machine time zone', () => {
  // Calendar dates must never go through Date: the same answers in every zone, including one
  // a day ahead of UTC and one behind it. Node applies a changed TZ immediately.
  it('gives the same answers whatever TZ is', () => {
    const original = process.env.TZ
    const answers = (c: BusinessCalendar) => [
      c.shipDate('2026-12-28', '15:00', 0),
      c.nextBusinessDay('2027-01-08'),
      c.month(2027, 1).map((d) => `${d.date}:${d.weekday}:${d.business}`),
      c.dayInfo('2027-03-22').holiday?.name.ja,
    ]
    try {
      const seen = ['Asia/Tokyo', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) => {
        process.env.TZ = tz
        return answers(createBusinessCalendar(settings()))
      })
      for (const a of seen) expect(a).toEqual(seen[0])
      expect(seen[0]![0]).toBe('2027-01-04')
    } finally {
      if (original === undefined) delete process.env.TZ
      else process.env.TZ = original
    }
  })
})
