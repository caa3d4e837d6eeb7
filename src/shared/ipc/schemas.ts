import { z } from 'zod'
import { isValidIsoDate } from '../domain/isoDate'

/** Building blocks of the channel input schemas: strict by default, sizes bounded. */

export const isoDate = z.string().max(10).refine(isValidIsoDate, { message: 'date' })

export const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/)

export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)

export const empty = z.object({}).strict()
