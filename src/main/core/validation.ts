import type { z } from 'zod'
import type { Bilingual } from '@shared/domain/types'
import { AppError, catalog, errorText, type AppErrorData } from '@shared/errors'

/**
 * The AppErrorData a schema refinement attaches to its issue (`params: { appError }`), so a rule
 * the schema runs for the service (reminder settings, …) reaches the owner in its own words.
 */
function refinedError(issue: z.core.$ZodIssue | undefined): AppErrorData | null {
  if (issue?.code !== 'custom') return null
  const data = (issue.params as { appError?: AppErrorData } | undefined)?.appError
  return data && typeof data.code === 'string' ? data : null
}

function message(issue: z.core.$ZodIssue | undefined, where: Bilingual | ''): Bilingual {
  switch (issue?.code) {
    case 'invalid_type':
      return errorText(issue.input === undefined ? 'inputMissing' : 'inputWrongType', { where })
    case 'unrecognized_keys':
      return errorText('inputUnknownFields', { keys: issue.keys.slice(0, 3).join(', '), where })
    case 'too_big':
      // The limit is named, so nothing is refused without saying how long it may be.
      return issue.origin === 'string'
        ? errorText('inputTooLong', { maximum: Number(issue.maximum), where })
        : errorText('inputTooBig', { where })
    case 'too_small':
      return errorText('inputTooSmall', { where })
    case 'invalid_format':
      return errorText('inputBadFormat', { where })
    case 'invalid_value':
      return errorText('inputNotAChoice', { where })
    case 'custom':
      return errorText(issue.message === 'date' ? 'inputBadDate' : 'inputMalformed', { where })
    default:
      return errorText('inputMalformed', { where })
  }
}

/** Turns a schema failure into one message a shop owner can act on (first problem only). */
export function invalidInput(error: z.ZodError): AppError {
  const issue = error.issues[0]
  const refined = refinedError(issue)
  if (refined) return AppError.from(refined)
  const path = issue?.path.map(String).join('.') ?? ''
  const where = path ? errorText('inputWhere', { path }) : ''
  return new AppError(catalog.inputMalformed.code, message(issue, where), path || undefined)
}
