import * as z from 'zod/mini'
import type { ErrorCode } from '../errors'
import { appErrorsOf, reportError, reportIssuesOf } from '../errors/schemaIssues'
import { diffDays, isValidIsoDate, slashDate } from './isoDate'
import { catalogField, timeOfDay } from './ruleSchemas'
import { MAX_FOLLOW_UP_DAYS, MIN_FOLLOW_UP_DAYS } from './timeline/lifecycle'
import type { Bilingual, CalendarSettings, Closure } from './types'

/**
 * The rules main applies before it saves calendar settings or a closure; on any problem nothing
 * is saved. They are zod schemas whose refinements refuse with the error catalog's entries, so
 * the forms (which show every problem at once) and main's refusal (the first) say the same.
 * Settings arrive over IPC, so every field is checked for its type too: a wrong shape becomes a
 * problem in the list, never an exception. The channel schemas (ipc/calendar.ts) check only the
 * shape and the size; these name the field and the value typed
 * ("開始日の「2027-02-29」はカレンダーにない日付です"), which the dispatcher's generic words cannot.
 *
 * `field` names the offending input the way a form addresses it: 'name', 'start', 'end' for
 * one closure; 'weeklyOff', 'cutoffTime', 'closures[2].end', 'extraBusinessDays[0]' … for the
 * whole settings.
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
type Ctx = z.core.$RefinementCtx

const isoDate = z.string().check(z.refine(isValidIsoDate))
const dayOfWeek = z.int().check(z.minimum(0), z.maximum(6))

/**
 * Which saved closures the overlap check compares against. A plain guard rather than a schema
 * parse: it runs over every saved closure on each keystroke of the closure form, and a parse
 * each made that check twice as slow (50 closures: 0.06 ms instead of 0.03 ms).
 */
function isWellFormedClosure(c: unknown): c is Closure {
  const v = c as Partial<Closure> | null
  return (
    !!v && typeof v.name === 'string' && isValidIsoDate(v.start) && isValidIsoDate(v.end) && v.start <= v.end
  )
}

const closureName = z.unknown().check(
  z.superRefine((value, ctx) => {
    const name = typeof value === 'string' ? value.trim() : ''
    if (name === '') reportError(ctx, 'closureNameEmpty', {})
    else if ([...name].length > CLOSURE_NAME_MAX)
      reportError(ctx, 'closureNameTooLong', { max: CLOSURE_NAME_MAX })
    else if (CONTROL_RE.test(name)) reportError(ctx, 'closureNameInvalid', {})
  }),
)

function closureDate(which: 'start' | 'end') {
  const ids =
    which === 'start'
      ? ({ missing: 'closureStartMissing', invalid: 'closureStartInvalid' } as const)
      : ({ missing: 'closureEndMissing', invalid: 'closureEndInvalid' } as const)
  return z.unknown().check(
    z.superRefine((value, ctx) => {
      if (isoDate.safeParse(value).success) return
      if (typeof value !== 'string' || value.trim() === '') reportError(ctx, ids.missing, {})
      else reportError(ctx, ids.invalid, { value })
    }),
  )
}

/** A closure's own fields; how it relates to the others is closureSchema's refinement. */
const closureFields = z.object({
  id: z.optional(z.unknown()),
  name: closureName,
  start: closureDate('start'),
  end: closureDate('end'),
})

/** Its dates against each other and against `saved`, reported under `path` (closures[2] …). */
function checkDates(
  c: z.infer<typeof closureFields>,
  saved: readonly Closure[],
  ctx: Ctx,
  path: PropertyKey[],
) {
  const start = isoDate.safeParse(c.start)
  const end = isoDate.safeParse(c.end)
  // A date that is not one has its own problem already; only two dates can be compared.
  if (!start.success || !end.success) return
  if (end.data < start.data) return reportError(ctx, 'closureEndBeforeStart', {}, [...path, 'end'])
  const days = diffDays(end.data, start.data) + 1
  if (days > CLOSURE_DAYS_MAX) {
    reportError(ctx, 'closureTooLong', { days, max: CLOSURE_DAYS_MAX }, [...path, 'end'])
  }
  for (const other of saved) {
    if (c.id !== undefined && other.id === c.id) continue
    if (other.start <= end.data && start.data <= other.end) {
      const params = { name: other.name, from: slashDate(other.start), to: slashDate(other.end) }
      reportError(ctx, 'closureOverlap', params, [...path, 'start'])
    }
  }
}

/**
 * One closure as typed into the form. `others` are the closures already saved; the one being
 * edited may be among them (same id) and is then skipped.
 */
function closureSchema(others: readonly Closure[]) {
  const saved = Array.isArray(others) ? others.filter(isWellFormedClosure) : []
  return closureFields.check(z.superRefine((c, ctx) => checkDates(c, saved, ctx, [])))
}

/** Each closure on its own, then against the ones before it so that a pair is named once. */
const closureList = z.unknown().check(
  z.superRefine((list, ctx) => {
    if (!Array.isArray(list)) return reportError(ctx, 'closuresInvalid', {})
    if (list.length > CLOSURES_MAX) reportError(ctx, 'closuresTooMany', { max: CLOSURES_MAX })
    const ids = new Set<string>()
    const earlier: Closure[] = []
    list.forEach((item: unknown, i) => {
      const c = (item ?? {}) as Partial<Record<keyof Closure, unknown>>
      if (typeof c.id !== 'string' || c.id === '') reportError(ctx, 'closureIdInvalid', {}, [i, 'id'])
      else if (ids.has(c.id)) reportError(ctx, 'closureIdDuplicate', {}, [i, 'id'])
      else ids.add(c.id)
      // Checked without its id, so that an id shared with an earlier one is not skipped as "itself".
      const fields = { name: c.name, start: c.start, end: c.end }
      reportIssuesOf(ctx, closureFields.safeParse(fields), [i])
      checkDates(fields, earlier, ctx, [i])
      if (isWellFormedClosure(item)) earlier.push(item)
    })
  }),
)

function extraDays(ids: {
  invalid: 'extraBusinessDaysInvalid' | 'extraNonBusinessDaysInvalid'
  tooMany: 'extraBusinessDaysTooMany' | 'extraNonBusinessDaysTooMany'
  dateInvalid: 'extraBusinessDaysDateInvalid' | 'extraNonBusinessDaysDateInvalid'
}) {
  return z.unknown().check(
    z.superRefine((list, ctx) => {
      if (!Array.isArray(list)) return reportError(ctx, ids.invalid, {})
      if (list.length > EXTRA_DAYS_MAX) reportError(ctx, ids.tooMany, { max: EXTRA_DAYS_MAX })
      list.forEach((d: unknown, i) => {
        if (!isoDate.safeParse(d).success) reportError(ctx, ids.dateInvalid, { value: String(d) }, [i])
      })
    }),
  )
}

const calendarSettingsSchema = z
  .object({
    weeklyOff: catalogField(z.array(dayOfWeek), 'weeklyOffInvalid', {}, (days, ctx) => {
      if (new Set(days).size !== days.length) reportError(ctx, 'weeklyOffDuplicate', {})
      else if (days.length === 7) reportError(ctx, 'weeklyOffAllDays', {})
    }),
    useHolidays: catalogField(z.boolean(), 'useHolidaysInvalid', {}),
    cutoffTime: catalogField(timeOfDay, 'cutoffTimeInvalid', {}),
    leadTimeDays: catalogField(z.int().check(z.minimum(0), z.maximum(LEAD_TIME_MAX)), 'leadTimeDaysInvalid', {
      max: LEAD_TIME_MAX,
    }),
    followUpDays: catalogField(
      z.int().check(z.minimum(MIN_FOLLOW_UP_DAYS), z.maximum(MAX_FOLLOW_UP_DAYS)),
      'followUpDaysInvalid',
      { min: MIN_FOLLOW_UP_DAYS, max: MAX_FOLLOW_UP_DAYS },
    ),
    closures: closureList,
    extraBusinessDays: extraDays({
      invalid: 'extraBusinessDaysInvalid',
      tooMany: 'extraBusinessDaysTooMany',
      dateInvalid: 'extraBusinessDaysDateInvalid',
    }),
    extraNonBusinessDays: extraDays({
      invalid: 'extraNonBusinessDaysInvalid',
      tooMany: 'extraNonBusinessDaysTooMany',
      dateInvalid: 'extraNonBusinessDaysDateInvalid',
    }),
  })
  .check(
    z.superRefine((s, ctx) => {
      const open = s.extraBusinessDays
      const closed = s.extraNonBusinessDays
      if (!Array.isArray(open) || !Array.isArray(closed)) return
      const openDays = new Set(open)
      closed.forEach((d: unknown, i) => {
        if (openDays.has(d) && isoDate.safeParse(d).success) {
          reportError(ctx, 'extraDaysConflict', { date: slashDate(d as string) }, ['extraNonBusinessDays', i])
        }
      })
    }),
  )

/** Anything that is not an object is checked as an empty one: every field is then missing. */
function asObject(value: unknown): object {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {}
}

function problemsOf(result: Parameters<typeof appErrorsOf>[0]): CalendarProblem[] {
  return appErrorsOf(result).map(({ code, field, message }) => ({ code, field: field ?? '', message }))
}

export function validateClosure(c: ClosureInput, others: Closure[]): CalendarProblem[] {
  return problemsOf(closureSchema(others).safeParse(asObject(c)))
}

export function validateCalendarSettings(s: CalendarSettings): CalendarProblem[] {
  return problemsOf(calendarSettingsSchema.safeParse(asObject(s)))
}
