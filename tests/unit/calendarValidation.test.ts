import { describe, expect, it } from 'vitest'
import { validateCalendarSettings, validateClosure } from '@shared/domain/calendarValidation'
import { addDays } from '@shared/domain/isoDate'
import { defaultCalendarSettings, type CalendarSettings, type Closure } from '@shared/domain/types'

const newYear: Closure = { id: 'ny', name: '年末年始', start: '2026-12-29', end: '2027-01-03' }
const obon: Closure = { id: 'obon', name: 'お盆', start: '2026-08-12', end: '2026-08-16' }

const codes = (problems: { code: string }[]) => problems.map((p) => p.code)

describe('validateClosure', () => {
  it('accepts a sensible closure', () => {
    expect(validateClosure({ name: '年末年始', start: '2026-12-29', end: '2027-01-03' }, [obon])).toEqual([])
  })

  it.each([
    [{ name: '', start: '2026-12-29', end: '2027-01-03' }, ['calendar_closure.name.empty']],
    [{ name: '   ', start: '2026-12-29', end: '2027-01-03' }, ['calendar_closure.name.empty']],
    [{ name: 'あ'.repeat(41), start: '2026-12-29', end: '2027-01-03' }, ['calendar_closure.name.tooLong']],
    [{ name: 'a\nb', start: '2026-12-29', end: '2027-01-03' }, ['calendar_closure.name.invalid']],
    [{ name: 'x', start: '2027-02-29', end: '2027-03-03' }, ['calendar_closure.start.invalid']],
    [{ name: 'x', start: '2027-02-27', end: '2027-2-28' }, ['calendar_closure.end.invalid']],
    [{ name: 'x', start: '', end: '2027-03-03' }, ['calendar_closure.start.missing']],
    [{ name: 'x', start: '2027-01-04', end: '2027-01-03' }, ['calendar_closure.end.beforeStart']],
    [{ name: 'x', start: '2026-12-01', end: '2027-01-30' }, ['calendar_closure.tooLong']], // 61 days
  ])('%j → %j', (closure, expected) => {
    expect(codes(validateClosure(closure, []))).toEqual(expected)
  })

  it('accepts the limits themselves: a 40-character name and 60 days', () => {
    expect(validateClosure({ name: 'あ'.repeat(40), start: '2026-12-01', end: '2027-01-29' }, [])).toEqual([])
  })

  it('explains problems in plain words, Japanese first', () => {
    const [p] = validateClosure({ name: 'x', start: '2027-01-04', end: '2027-01-03' }, [])
    expect(p).toEqual({
      code: 'calendar_closure.end.beforeStart',
      field: 'end',
      message: { ja: '終了日が開始日より前になっています', en: 'The last day is before the first day' },
    })
    const [q] = validateClosure({ name: 'x', start: '2027-02-29', end: '2027-03-03' }, [])
    expect(q!.message.ja).toContain('2027-02-29')
  })

  it('names the closure it overlaps, with its dates', () => {
    const problems = validateClosure({ name: '冬休み', start: '2027-01-02', end: '2027-01-06' }, [
      obon,
      newYear,
    ])
    expect(problems).toEqual([
      {
        code: 'calendar_closure.overlap',
        field: 'start',
        message: {
          ja: '「年末年始」（2026/12/29〜2027/01/03）と期間が重なっています',
          en: 'This overlaps the closure "年末年始" (2026/12/29–2027/01/03)',
        },
      },
    ])
  })

  it.each([
    ['2026-12-20', '2026-12-28', 0], // ends the day before
    ['2027-01-04', '2027-01-08', 0], // starts the day after
    ['2026-12-20', '2026-12-29', 1], // shares the first day
    ['2027-01-03', '2027-01-08', 1], // shares the last day
    ['2026-12-30', '2027-01-01', 1], // inside
    ['2026-12-01', '2027-01-20', 1], // around
  ])('%s → %s overlaps %i time(s)', (start, end, count) => {
    expect(validateClosure({ name: 'x', start, end }, [newYear])).toHaveLength(count)
  })

  it('skips the closure being edited', () => {
    expect(validateClosure({ ...newYear, end: '2027-01-04' }, [newYear, obon])).toEqual([])
  })
})

describe('validateCalendarSettings', () => {
  const good: CalendarSettings = {
    ...defaultCalendarSettings,
    closures: [obon, newYear],
    extraBusinessDays: ['2026-12-26'],
    extraNonBusinessDays: ['2027-01-04'],
  }

  it('accepts the defaults and a full sensible setting', () => {
    expect(validateCalendarSettings(defaultCalendarSettings)).toEqual([])
    expect(validateCalendarSettings(good)).toEqual([])
  })

  it.each([
    [{ weeklyOff: [0, 1, 2, 3, 4, 5, 6] }, 'calendar_weeklyOff.allDays', 'weeklyOff'],
    [{ weeklyOff: [0, 0] }, 'calendar_weeklyOff.duplicate', 'weeklyOff'],
    [{ weeklyOff: [7] }, 'calendar_weeklyOff.invalid', 'weeklyOff'],
    [{ weeklyOff: [1.5] }, 'calendar_weeklyOff.invalid', 'weeklyOff'],
    [{ cutoffTime: '24:00' }, 'calendar_cutoffTime.invalid', 'cutoffTime'],
    [{ cutoffTime: '9:00' }, 'calendar_cutoffTime.invalid', 'cutoffTime'],
    [{ cutoffTime: '12:60' }, 'calendar_cutoffTime.invalid', 'cutoffTime'],
    [{ leadTimeDays: 31 }, 'calendar_leadTimeDays.invalid', 'leadTimeDays'],
    [{ leadTimeDays: -1 }, 'calendar_leadTimeDays.invalid', 'leadTimeDays'],
    [{ leadTimeDays: 1.5 }, 'calendar_leadTimeDays.invalid', 'leadTimeDays'],
    [{ followUpDays: 13 }, 'calendar_followUpDays.invalid', 'followUpDays'],
    [{ followUpDays: 61 }, 'calendar_followUpDays.invalid', 'followUpDays'],
    [{ followUpDays: 14.5 }, 'calendar_followUpDays.invalid', 'followUpDays'],
    [{ extraBusinessDays: ['2027-02-29'] }, 'calendar_extraBusinessDays.dateInvalid', 'extraBusinessDays[0]'],
    [{ extraNonBusinessDays: ['2026-12-26'] }, 'calendar_extraDays.conflict', 'extraNonBusinessDays[0]'],
    [
      { closures: [newYear, { id: 'b', name: '冬休み', start: '2027-01-03', end: '2027-01-05' }] },
      'calendar_closure.overlap',
      'closures[1].start',
    ],
    [
      { closures: [{ id: 'a', name: 'x', start: '2027-01-05', end: '2027-01-04' }] },
      'calendar_closure.end.beforeStart',
      'closures[0].end',
    ],
    [{ closures: [newYear, { ...obon, id: 'ny' }] }, 'calendar_closure.id.duplicate', 'closures[1].id'],
  ])('%j → %s at %s', (overrides, code, field) => {
    const problems = validateCalendarSettings({ ...good, ...overrides } as CalendarSettings)
    expect(problems.map((p) => [p.code, p.field])).toEqual([[code, field]])
    expect(problems[0]!.message.ja).not.toBe('')
    expect(problems[0]!.message.en).not.toBe('')
  })

  it.each(['00:00', '23:59', '12:00'])('accepts the cut-off %s', (cutoffTime) => {
    expect(validateCalendarSettings({ ...good, cutoffTime })).toEqual([])
  })

  it.each([0, 30])('accepts a lead time of %i', (leadTimeDays) => {
    expect(validateCalendarSettings({ ...good, leadTimeDays })).toEqual([])
  })

  it('limits closures to 50 and extra days to 366', () => {
    const closures = Array.from({ length: 51 }, (_, i) => ({
      id: `c${i}`,
      name: `休業${i}`,
      start: addDays('2030-01-01', i * 3),
      end: addDays('2030-01-01', i * 3),
    }))
    expect(codes(validateCalendarSettings({ ...good, closures }))).toEqual(['calendar_closures.tooMany'])
    expect(validateCalendarSettings({ ...good, closures: closures.slice(0, 50) })).toEqual([])

    const days = Array.from({ length: 367 }, (_, i) => addDays('2030-01-01', i))
    expect(codes(validateCalendarSettings({ ...good, extraBusinessDays: days }))).toEqual([
      'calendar_extraBusinessDays.tooMany',
    ])
    expect(validateCalendarSettings({ ...good, extraBusinessDays: days.slice(0, 366) })).toEqual([])
  })

  it('reports a malformed object instead of throwing', () => {
    const junk = { weeklyOff: 'sat', closures: [null], extraBusinessDays: 3 } as unknown as CalendarSettings
    const found = codes(validateCalendarSettings(junk))
    expect(found).toEqual(
      expect.arrayContaining([
        'calendar_weeklyOff.invalid',
        'calendar_useHolidays.invalid',
        'calendar_cutoffTime.invalid',
        'calendar_leadTimeDays.invalid',
        'calendar_closure.id.invalid',
        'calendar_closure.name.empty',
        'calendar_extraBusinessDays.invalid',
        'calendar_extraNonBusinessDays.invalid',
      ]),
    )
    expect(() => validateCalendarSettings(null as unknown as CalendarSettings)).not.toThrow()
  })
})
