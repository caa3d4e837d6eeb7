import type { Bilingual } from './domain/types'
import { catalog } from './errors/catalog'

export { catalog } from './errors/catalog'

export type ErrorId = keyof typeof catalog

/** The codes that cross IPC: the catalog's, nothing else. */
export type ErrorCode = (typeof catalog)[ErrorId]['code']

/** 'Enter {what} by {date}' → 'what' | 'date'. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never

/** A parameter is the same in both languages, or worded for each (a kind's or a mall's name). */
export type ParamValue = string | number | Bilingual

type ParamNames<Id extends ErrorId> =
  Placeholders<(typeof catalog)[Id]['ja']> | Placeholders<(typeof catalog)[Id]['en']>

/** The params an entry needs, read off its placeholders; none means an empty object. */
export type ErrorParams<Id extends ErrorId> = [ParamNames<Id>] extends [never]
  ? Record<string, never>
  : { [K in ParamNames<Id>]: ParamValue }

/**
 * The one error shape that crosses IPC: a stable code for programs, a message for people
 * (Japanese first, English too) and, when one input field is to blame, its name.
 * Never a stack trace: those stay in the main process log.
 */
export interface AppErrorData {
  code: ErrorCode
  message: Bilingual
  field?: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData }

function fill(text: string, params: Record<string, ParamValue>, lang: keyof Bilingual): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return typeof value === 'object' ? value[lang] : String(value)
  })
}

/** A catalog entry's wording with its parameters filled in (notifications, dialogs, forms). */
export function errorText<Id extends ErrorId>(id: Id, params: ErrorParams<Id>): Bilingual {
  const entry = catalog[id]
  const values = params as Record<string, ParamValue>
  return { ja: fill(entry.ja, values, 'ja'), en: fill(entry.en, values, 'en') }
}

/** A catalog entry as the data that crosses IPC. */
export function errorData<Id extends ErrorId>(id: Id, params: ErrorParams<Id>, field?: string): AppErrorData {
  const data: AppErrorData = { code: catalog[id].code, message: errorText(id, params) }
  if (field !== undefined) data.field = field
  return data
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly bilingual: Bilingual
  readonly field?: string

  constructor(code: ErrorCode, message: Bilingual, field?: string) {
    super(message.en)
    this.name = 'AppError'
    this.code = code
    this.bilingual = message
    this.field = field
  }

  static from(data: AppErrorData): AppError {
    return new AppError(data.code, data.message, data.field)
  }

  toData(): AppErrorData {
    return this.field === undefined
      ? { code: this.code, message: this.bilingual }
      : { code: this.code, message: this.bilingual, field: this.field }
  }
}

/** The error for a catalog entry: `throw appError('shopNotFound', {}, 'shopId')`. */
export function appError<Id extends ErrorId>(id: Id, params: ErrorParams<Id>, field?: string): AppError {
  return AppError.from(errorData(id, params, field))
}

export const internalErrorData: AppErrorData = errorData('internal', {})
