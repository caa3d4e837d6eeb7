import { errorText, type ErrorCode, type ErrorId, type ErrorParams } from '../errors'
import { catalog } from '../errors/catalog'
import { diffDays, isValidIsoDate, slashDate } from './isoDate'
import { isTimeOfDay } from './timeOfDay'
import { MAX_FOLLOW_UP_DAYS, MIN_FOLLOW_UP_DAYS } from './timeline/lifecycle'
import type { Bilingual, CalendarSettings, Closure } from './types'

/**
 * The checks the main process runs before it saves calendar settings; on any problem nothing
 * is saved. Settings arrive over IPC, so every field is checked for its type too: a wrong
 * shape becomes a problem in the list, never an exception.
 *
 * `field` names the offending input the way a form addresses it: 'name', 'start', 'end' for
 * one closure; 'weeklyOff', 'cutoffTime', 'closures[2].end', 'extraBusinessDays[0]' … for the
 * whole settings. The wording is the error catalog's, so the form and main's refusal agree.
 */

/** `code` is the one main refuses with (the catalog's: 'calendar_closure.overlap', …). */
export type CalendarProblem = { code: ErrorCode; field: string; message: Bilingual }

export const CLOSURE_NAME_MAX = 40
export const CLOSURE_DAYS_MAX = 60
export const CLOSURES_MAX = 50
export const EXTRA_DAYS_MAX = 366
export const LEAD_TIME_MAX = 30

// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u001f\u007f]/

type ClosureInput = { id?: string; name: string; start: string; end: string }

type Add = <Id extends ErrorId>(id: Id, field: string, params: ErrorParams<Id>) => void

function collector(problems: CalendarProblem[]): Add {
  return (id, field, params) => {
    problems.push({ code: catalog[id].code, field, message: errorText(id, params) })
  }
}

/**
 * One closure as typed into the form. `others` are the closures already saved; the one being
 * edited may be among them (same id) and is then skipped.
 */
export function validateClosure(c: ClosureInput, others: Closure[]): CalendarProblem[] {
  const problems: CalendarProblem[] = []
  const add = collector(problems)
  const value = (c ?? {}) as Partial<Record<keyof ClosureInput, unknown>>

  const dateProblem = (field: 'start' | 'end', v: unknown) => {
    if (typeof v !== 'string' || v.trim() === '') {
      add(field === 'start' ? 'closureStartMissing' : 'closureEndMissing', field, {})
    } else {
      add(field === 'start' ? 'closureStartInvalid' : 'closureEndInvalid', field, { value: v })
    }
  }

  const name = typeof value.name === 'string' ? value.name.trim() : ''
  if (name === '') {
    add('closureNameEmpty', 'name', {})
  } else if ([...name].length > CLOSURE_NAME_MAX) {
    add('closureNameTooLong', 'name', { max: CLOSURE_NAME_MAX })
  } else if (CONTROL_RE.test(name)) {
    add('closureNameInvalid', 'name', {})
  }

  const startOk = isValidIsoDate(value.start)
  const endOk = isValidIsoDate(value.end)
  if (!startOk) dateProblem('start', value.start)
  if (!endOk) dateProblem('end', value.end)
  if (!startOk || !endOk) return problems

  const start = value.start as string
  const end = value.end as string
  if (end < start) {
    add('closureEndBeforeStart', 'end', {})
    return problems
  }
  const days = diffDays(end, start) + 1
  if (days > CLOSURE_DAYS_MAX) add('closureTooLong', 'end', { days, max: CLOSURE_DAYS_MAX })
  for (const other of Array.isArray(others) ? others.filter(isWellFormedClosure) : []) {
    if (value.id !== undefined && other.id === value.id) continue
    if (other.start <= end && start <= other.end) {
      add('closureOverlap', 'start', {
        name: other.name,
        from: slashDate(other.start),
        to: slashDate(other.end),
      })
    }
  }
  return problems
}

export function validateCalendarSettings(s: CalendarSettings): CalendarProblem[] {
  const problems: CalendarProblem[] = []
  const add = collector(problems)
  const value = (s ?? {}) as Partial<Record<keyof CalendarSettings, unknown>>

  // Weekly days off
  const weeklyOff = value.weeklyOff
  if (!Array.isArray(weeklyOff) || !weeklyOff.every((w) => Number.isInteger(w) && w >= 0 && w <= 6)) {
    add('weeklyOffInvalid', 'weeklyOff', {})
  } else if (new Set(weeklyOff).size !== weeklyOff.length) {
    add('weeklyOffDuplicate', 'weeklyOff', {})
  } else if (weeklyOff.length === 7) {
    add('weeklyOffAllDays', 'weeklyOff', {})
  }

  if (typeof value.useHolidays !== 'boolean') add('useHolidaysInvalid', 'useHolidays', {})

  if (!isTimeOfDay(value.cutoffTime)) add('cutoffTimeInvalid', 'cutoffTime', {})

  const lead = value.leadTimeDays
  if (typeof lead !== 'number' || !Number.isInteger(lead) || lead < 0 || lead > LEAD_TIME_MAX) {
    add('leadTimeDaysInvalid', 'leadTimeDays', { max: LEAD_TIME_MAX })
  }

  const followUp = value.followUpDays
  if (
    typeof followUp !== 'number' ||
    !Number.isInteger(followUp) ||
    followUp < MIN_FOLLOW_UP_DAYS ||
    followUp > MAX_FOLLOW_UP_DAYS
  ) {
    add('followUpDaysInvalid', 'followUpDays', { min: MIN_FOLLOW_UP_DAYS, max: MAX_FOLLOW_UP_DAYS })
  }

  // Closures: each one on its own, then against the ones before it so a pair is named once.
  const closures = value.closures
  if (!Array.isArray(closures)) {
    add('closuresInvalid', 'closures', {})
  } else {
    if (closures.length > CLOSURES_MAX) add('closuresTooMany', 'closures', { max: CLOSURES_MAX })
    const ids = new Set<string>()
    closures.forEach((c: Closure, i) => {
      const id = (c as Partial<Closure> | null)?.id
      if (typeof id !== 'string' || id === '') {
        add('closureIdInvalid', `closures[${i}].id`, {})
      } else if (ids.has(id)) {
        add('closureIdDuplicate', `closures[${i}].id`, {})
      } else {
        ids.add(id)
      }
      const earlier = closures.slice(0, i).filter(isWellFormedClosure)
      const input = { name: c?.name, start: c?.start, end: c?.end } as ClosureInput
      for (const p of validateClosure(input, earlier)) {
        problems.push({ ...p, field: `closures[${i}].${p.field}` })
      }
    })
  }

  checkExtraDays(value.extraBusinessDays, 'extraBusinessDays', add, {
    invalid: 'extraBusinessDaysInvalid',
    tooMany: 'extraBusinessDaysTooMany',
    dateInvalid: 'extraBusinessDaysDateInvalid',
  })
  checkExtraDays(value.extraNonBusinessDays, 'extraNonBusinessDays', add, {
    invalid: 'extraNonBusinessDaysInvalid',
    tooMany: 'extraNonBusinessDaysTooMany',
    dateInvalid: 'extraNonBusinessDaysDateInvalid',
  })
  if (Array.isArray(value.extraBusinessDays) && Array.isArray(value.extraNonBusinessDays)) {
    const open = new Set(value.extraBusinessDays)
    value.extraNonBusinessDays.forEach((d, i) => {
      if (open.has(d) && isValidIsoDate(d)) {
        add('extraDaysConflict', `extraNonBusinessDays[${i}]`, { date: slashDate(d) })
      }
    })
  }
  return problems
}

function isWellFormedClosure(c: unknown): c is Closure {
  const v = c as Partial<Closure> | null
  return (
    !!v && typeof v.name === 'string' && isValidIsoDate(v.start) && isValidIsoDate(v.end) && v.start <= v.end
  )
}

function checkExtraDays(
  list: unknown,
  field: string,
  add: Add,
  ids: {
    invalid: 'extraBusinessDaysInvalid' | 'extraNonBusinessDaysInvalid'
    tooMany: 'extraBusinessDaysTooMany' | 'extraNonBusinessDaysTooMany'
    dateInvalid: 'extraBusinessDaysDateInvalid' | 'extraNonBusinessDaysDateInvalid'
  },
): void {
  if (!Array.isArray(list)) {
    add(ids.invalid, field, {})
    return
  }
  if (list.length > EXTRA_DAYS_MAX) add(ids.tooMany, field, { max: EXTRA_DAYS_MAX })
  list.forEach((d, i) => {
    if (!isValidIsoDate(d)) add(ids.dateInvalid, `${field}[${i}]`, { value: String(d) })
  })
}
