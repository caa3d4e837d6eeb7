import type { z } from 'zod'
import type { Bilingual } from '@shared/domain/types'
import { AppError, appError, errorText } from '@shared/errors'
import { appErrorOf } from '@shared/errors/schemaIssues'

/** The catalog's words for one of zod's own issues; `where` names the field when there is one. */
function issueError(issue: z.core.$ZodIssue | undefined, where: Bilingual | '', field?: string): AppError {
  switch (issue?.code) {
    case 'invalid_type':
      return appError(issue.input === undefined ? 'inputMissing' : 'inputWrongType', { where }, field)
    case 'unrecognized_keys':
      return appError('inputUnknownFields', { keys: issue.keys.slice(0, 3).join(', '), where }, field)
    case 'too_big':
      // The limit is named, so nothing is refused without saying how long it may be.
      return issue.origin === 'string'
        ? appError('inputTooLong', { maximum: Number(issue.maximum), where }, field)
        : appError('inputTooBig', { where }, field)
    case 'too_small':
      return appError('inputTooSmall', { where }, field)
    case 'invalid_format':
      return appError('inputBadFormat', { where }, field)
    case 'invalid_value':
      return appError('inputNotAChoice', { where }, field)
    case 'custom':
      return appError(issue.message === 'date' ? 'inputBadDate' : 'inputMalformed', { where }, field)
    default:
      return appError('inputMalformed', { where }, field)
  }
}

/**
 * Turns a schema failure into one message a shop owner can act on (first problem only). A rule
 * that refuses with a catalog entry of its own (schemaIssues.ts) is answered in its words.
 */
export function invalidInput(error: z.ZodError): AppError {
  const issue = error.issues[0]
  const refined = appErrorOf(issue)
  if (refined) return AppError.from(refined)
  const path = issue?.path.map(String).join('.') ?? ''
  const where = path ? errorText('inputWhere', { path }) : ''
  return issueError(issue, where, path || undefined)
}
