import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '@core'
import type { Clock } from '@core/ports'
import type { AppEvent } from '@shared/ipc'
import type { CalendarView } from '@shared/ipc/calendar'
import type { Closure } from '@shared/domain/types'
import { testSecretStore } from '../helpers/keychain'
import { makeTempDir } from '../helpers/tempDir'

const clockAt = (iso: string): Clock => ({ now: () => new Date(iso) })

let dir: ReturnType<typeof makeTempDir>
let secrets: ReturnType<typeof testSecretStore>
let core: Core
let events: AppEvent[]

function open(clock: Clock = clockAt('2026-12-20T00:00:00Z')) {
  core = createCore({ dataDir: dir.path, secrets, clock })
  events = []
  core.events.on((e) => events.push(e))
  return core
}

beforeEach(() => {
  dir = makeTempDir()
  secrets = testSecretStore()
  open()
})
afterEach(async () => {
  core.close()
  await secrets.cleanup()
  dir.remove()
})

/** Everything the calendar keeps in SQLite, to prove a refusal wrote nothing. */
const snapshot = () => ({
  closures: core.db.prepare('SELECT * FROM closures ORDER BY id').all(),
  settings: core.db.prepare("SELECT key, value FROM settings WHERE key LIKE 'calendar.%'").all(),
})

async function ok<T>(channel: string, input: unknown): Promise<T> {
  const result = await core.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel} refused: ${result.error.message.ja}`)
  return result.value as T
}

async function refused(channel: string, input: unknown) {
  const before = snapshot()
  events = []
  const result = await core.dispatch(channel, input)
  expect(result.ok).toBe(false)
  if (result.ok) throw new Error('accepted')
  expect(snapshot()).toEqual(before)
  expect(events).toEqual([])
  expect(result.error.message.ja.length).toBeGreaterThan(5)
  expect(result.error.message.en.length).toBeGreaterThan(5)
  return result.error
}

const newYear = { name: '年末年始', start: '2026-12-29', end: '2027-01-03' }
const settingsInput = {
  weeklyOff: [0, 6],
  useHolidays: true,
  extraBusinessDays: [],
  extraNonBusinessDays: [],
  cutoffTime: '12:00',
  leadTimeDays: 1,
  followUpDays: 14,
}

describe('calendar service over IPC', () => {
  it('starts with 土日 off, holidays on, no closure', async () => {
    const view = await ok<CalendarView>('getCalendar', {})
    expect(view.today).toBe('2026-12-20')
    expect(view.currentClosure).toBeNull()
    expect(view.lifecycle.state).toBeNull()
    expect(view.summary).toBeNull()
    expect(view.settings).toEqual({ ...settingsInput, closures: [] })
  })

  it('saves a closure, announces the change and finds it as the next closure', async () => {
    const saved = await ok<Closure>('saveClosure', newYear)
    expect(saved).toMatchObject(newYear)
    expect(saved.id).toMatch(/.+/)
    expect(events).toEqual([{ type: 'changed', topics: ['calendar'] }])
    const view = await ok<CalendarView>('getCalendar', {})
    expect(view.currentClosure).toEqual(saved)
    expect(view.lifecycle.state).toBe('monthBefore')
    expect(view.settings.closures).toEqual([saved])
    // What the dashboard and the calendar screen show about it, computed here with today.
    expect(view.summary).toMatchObject({
      closure: saved,
      daysUntil: 9,
      underway: false,
      state: 'monthBefore',
      lengthDays: 6,
      lastShipDay: '2026-12-28',
      firstShipDay: '2027-01-04',
      mail: { resumeDate: '2027-01-04', confirmationMissed: ['2026-12-28'] },
    })
    expect(core.services.calendar.reopening(saved)).toBe('2027-01-04')
  })

  it('edits a closure in place (it does not overlap itself) and deletes it', async () => {
    const saved = await ok<Closure>('saveClosure', newYear)
    const edited = await ok<Closure>('saveClosure', { ...newYear, id: saved.id, end: '2027-01-05' })
    expect(edited).toEqual({ ...saved, end: '2027-01-05' })
    expect(core.db.prepare('SELECT COUNT(*) AS n FROM closures').get()).toEqual({ n: 1 })
    await ok('deleteClosure', { id: saved.id })
    expect((await ok<CalendarView>('getCalendar', {})).currentClosure).toBeNull()
    const error = await refused('deleteClosure', { id: saved.id })
    expect(error.code).toBe('not_found')
  })

  it('saves the settings, sorted and without duplicates', async () => {
    const saved = await ok('saveCalendarSettings', {
      ...settingsInput,
      weeklyOff: [6, 0, 3, 3],
      extraBusinessDays: ['2027-01-09', '2026-12-26', '2027-01-09'],
      extraNonBusinessDays: ['2026-12-25'],
      cutoffTime: '15:30',
      leadTimeDays: 0,
    })
    expect(saved).toEqual({
      weeklyOff: [0, 3, 6],
      useHolidays: true,
      closures: [],
      extraBusinessDays: ['2026-12-26', '2027-01-09'],
      extraNonBusinessDays: ['2026-12-25'],
      cutoffTime: '15:30',
      leadTimeDays: 0,
      followUpDays: 14,
    })
    expect(events).toEqual([{ type: 'changed', topics: ['calendar'] }])
  })
})

describe('refusals write nothing and say why, in both languages', () => {
  beforeEach(async () => {
    await ok('saveCalendarSettings', { ...settingsInput, leadTimeDays: 2 })
    await ok('saveClosure', { name: 'お盆', start: '2026-08-13', end: '2026-08-16' })
  })

  it('a closure that ends before it starts', async () => {
    const error = await refused('saveClosure', { name: '年末年始', start: '2027-01-03', end: '2026-12-29' })
    expect(error).toMatchObject({ code: 'calendar_closure.end.beforeStart', field: 'end' })
    expect(error.message.ja).toBe('終了日が開始日より前になっています')
    expect(error.message.en).toBe('The last day is before the first day')
  })

  it.each([
    ['start', { name: '年末年始', start: '2027-02-29', end: '2027-03-03' }],
    ['end', { name: '年末年始', start: '2027-02-25', end: '2027-02-29' }],
  ])('a date that does not exist (%s)', async (field, input) => {
    const error = await refused('saveClosure', input)
    expect(error).toMatchObject({ code: `calendar_closure.${field}.invalid`, field })
    expect(error.message.ja).toContain('「2027-02-29」はカレンダーにない日付です')
    expect(error.message.en).toContain('2027-02-29, is not a real date')
  })

  it.each([
    ['empty', ''],
    ['words', 'next friday'],
    ['month 13', '2026-13-01'],
  ])('a date that is not a date at all (%s)', async (_label, start) => {
    const error = await refused('saveClosure', { name: '臨時', start, end: '2026-12-31' })
    expect(error.field).toBe('start')
    expect(error.code).toMatch(/^calendar_closure\.start\.(missing|invalid)$/)
  })

  it('a closure overlapping another one, naming it', async () => {
    await ok('saveClosure', newYear)
    const error = await refused('saveClosure', { name: '冬季休業', start: '2026-12-25', end: '2026-12-30' })
    expect(error).toMatchObject({ code: 'calendar_closure.overlap', field: 'start' })
    expect(error.message.ja).toBe('「年末年始」（2026/12/29〜2027/01/03）と期間が重なっています')
    expect(error.message.en).toContain('"年末年始" (2026/12/29–2027/01/03)')
  })

  it('a closure without a name, or far too long', async () => {
    expect((await refused('saveClosure', { ...newYear, name: '   ' })).field).toBe('name')
    expect((await refused('saveClosure', { ...newYear, start: '2026-11-01', end: '2027-03-01' })).code).toBe(
      'calendar_closure.tooLong',
    )
  })

  it.each([
    ['negative', -1],
    ['absurd', 365],
    ['just too many', 31],
    ['not whole', 1.5],
  ])('a lead time that is %s', async (_label, leadTimeDays) => {
    const error = await refused('saveCalendarSettings', { ...settingsInput, leadTimeDays })
    expect(error).toMatchObject({ code: 'calendar_leadTimeDays.invalid', field: 'leadTimeDays' })
    expect(error.message.ja).toBe('発送までの営業日数は 0〜30 の整数で入れてください')
  })

  it('a lead time that is not a number', async () => {
    const error = await refused('saveCalendarSettings', { ...settingsInput, leadTimeDays: '3' })
    expect(error).toMatchObject({ code: 'invalid_input', field: 'leadTimeDays' })
  })

  it.each([
    ['an impossible cut-off time', { cutoffTime: '25:00' }, 'cutoffTime'],
    ['an empty cut-off time', { cutoffTime: '' }, 'cutoffTime'],
    ['every weekday off', { weeklyOff: [0, 1, 2, 3, 4, 5, 6] }, 'weeklyOff'],
    ['an extra day that does not exist', { extraNonBusinessDays: ['2027-02-29'] }, 'extraNonBusinessDays[0]'],
    [
      'a day both open and closed',
      { extraBusinessDays: ['2026-12-26'], extraNonBusinessDays: ['2026-12-26'] },
      'extraNonBusinessDays[0]',
    ],
  ])('%s', async (_label, change, field) => {
    const error = await refused('saveCalendarSettings', { ...settingsInput, ...change })
    expect(error.field).toBe(field)
  })
})

describe('across a restart and with the core clock', () => {
  it('keeps the settings and the closures', async () => {
    const settings = await ok('saveCalendarSettings', {
      ...settingsInput,
      weeklyOff: [0],
      useHolidays: false,
      extraBusinessDays: ['2026-12-27'],
      cutoffTime: '14:00',
      leadTimeDays: 3,
    })
    const closure = await ok<Closure>('saveClosure', newYear)
    const before = await ok<CalendarView>('getCalendar', {})
    core.close()

    open()
    const after = await ok<CalendarView>('getCalendar', {})
    expect(after).toEqual(before)
    expect(after.settings).toEqual({ ...(settings as object), closures: [closure] })
    // The rebuilt calendar answers with the stored settings: Saturday is open now, 成人の日 too.
    const cal = core.services.calendar.calendar()
    expect(cal.isBusinessDay('2027-01-09')).toBe(true)
    expect(cal.isBusinessDay('2027-01-11')).toBe(true)
    // Fri 15:00 is after the 14:00 cut-off → Sat 12/26; +3: Sun 12/27 (extra), Mon 12/28, then 1/4.
    expect(cal.shipDate('2026-12-25', '15:00')).toBe('2027-01-04')
  })

  it.each([
    // [instant, Japan day, closure of the day, its state, closure expiries are judged against]
    ['2026-12-20T00:00:00Z', '2026-12-20', 'ny', 'monthBefore', 'ny'], // before: the coming one
    ['2026-12-31T03:00:00Z', '2026-12-31', 'ny', 'closed', 'ny'], // during: the one under way
    ['2027-01-03T14:59:00Z', '2027-01-03', 'ny', 'closed', 'ny'], // 23:59 in Japan on the last day
    // midnight in Japan: reopening day is still the year-end closure's; expiries look at GW
    ['2027-01-03T15:00:00Z', '2027-01-04', 'ny', 'reopening', 'gw'],
    ['2027-01-19T00:00:00Z', '2027-01-19', 'gw', 'planning', 'gw'], // follow-up over: GW
    ['2027-05-06T00:00:00Z', '2027-05-06', 'gw', 'reopening', null], // reopening after the last one
    ['2027-05-21T00:00:00Z', '2027-05-21', 'gw', 'done', null], // all over: the latest, as history
  ])('at %s (Japan %s) the closure of the day is %s (%s)', async (instant, today, expected, state, risk) => {
    const ny = await ok<Closure>('saveClosure', newYear)
    const gw = await ok<Closure>('saveClosure', { name: 'GW', start: '2027-05-01', end: '2027-05-05' })
    core.close()
    open(clockAt(instant))
    const view = await ok<CalendarView>('getCalendar', {})
    expect(view.today).toBe(today)
    const byName = (n: string | null) => (n === 'ny' ? ny : n === 'gw' ? gw : null)
    expect(view.currentClosure).toEqual(byName(expected))
    expect(view.lifecycle.state).toBe(state)
    expect(view.summary?.state).toBe(state)
    expect(view.lifecycle.riskClosure?.closure ?? null).toEqual(byName(risk))
    expect(core.services.calendar.lifecycle().current?.closure).toEqual(byName(expected))
  })
})

describe('saving a text file', () => {
  it('asks the browser page to download when there is no save dialog', async () => {
    expect(await ok('saveTextFile', { suggestedName: '休業日.txt', content: '2026/12/29\n' })).toEqual({
      saved: false,
      path: null,
      useDownload: true,
    })
  })

  it('hands the text to the save dialog when there is one', async () => {
    core.close()
    const written: [string, string][] = []
    core = createCore({
      dataDir: dir.path,
      secrets,
      clock: clockAt('2026-12-20T00:00:00Z'),
      fileSaver: {
        async saveText(name, content) {
          written.push([name, content])
          return { saved: true, path: `/tmp/${name}` }
        },
      },
    })
    expect(await ok('saveTextFile', { suggestedName: '休業日.csv', content: 'a,b\r\n' })).toEqual({
      saved: true,
      path: '/tmp/休業日.csv',
      useDownload: false,
    })
    expect(written).toEqual([['休業日.csv', 'a,b\r\n']])
  })

  it('refuses a file name with a folder in it', async () => {
    const error = await refused('saveTextFile', { suggestedName: '../x.txt', content: '' })
    expect(error.code).toBe('invalid_input')
  })
})
