import * as z from 'zod/mini'
import type { ErrorId, ErrorParams } from '@shared/errors'
import { reportError } from '@shared/errors/schemaIssues'
import { TIME_OF_DAY } from './timeOfDay'

/**
 * The zod/mini pieces the rule schemas share (calendarValidation.ts, ipc/remindersRules.ts):
 * they load with the screens whose forms run those rules, never with the first screen.
 */

/** 'HH:MM', the one rule of timeOfDay.ts. */
export const timeOfDay = z.string().check(z.regex(TIME_OF_DAY))

/**
 * A field `schema` must accept, refused as the catalog's `id` when it does not; `more` checks
 * what it accepted. A field shows one problem at a time, so `more` reports the first it finds.
 */
export function catalogField<T, Id extends ErrorId>(
  schema: z.ZodMiniType<T>,
  id: Id,
  params: ErrorParams<Id>,
  more?: (value: T, ctx: z.core.$RefinementCtx) => void,
) {
  return z.unknown().check(
    z.superRefine((value, ctx) => {
      const parsed = schema.safeParse(value)
      if (!parsed.success) reportError(ctx, id, params)
      else more?.(parsed.data, ctx)
    }),
  )
}
