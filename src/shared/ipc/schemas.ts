import { z } from 'zod'
import { isValidIsoDate } from '../domain/isoDate'
import { TIME_OF_DAY } from '../domain/timeOfDay'

/** Building blocks of the channel input schemas: strict by default, sizes bounded. */

export const isoDate = z.string().max(10).refine(isValidIsoDate, { message: 'date' })

export const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/)

export const hhmm = z.string().regex(TIME_OF_DAY)

export const empty = z.object({}).strict()

/** A file name the user may keep: no folders, nothing Windows refuses, no control characters. */
export const fileName = z
  .string()
  .min(1)
  .max(100)
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/)
