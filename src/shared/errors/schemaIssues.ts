import type { core } from 'zod/mini'
import { errorData, type AppErrorData, type ErrorId, type ErrorParams } from '../errors'

/**
 * A schema rule that refuses with a catalog entry: the issue carries the entry's code and wording
 * (`params.appError`), so the forms that list every problem and main's refusal (the dispatcher's
 * `invalidInput`, a service) say the same thing. Type-only zod imports: the renderer's validators
 * bring their own zod/mini, and main its full zod; both read these issues.
 */

/** Adds the catalog entry `id` as an issue at `path` (relative to the value the rule checks). */
export function reportError<Id extends ErrorId>(
  ctx: core.$RefinementCtx,
  id: Id,
  params: ErrorParams<Id>,
  path: PropertyKey[] = [],
): void {
  const appError = errorData(id, params)
  ctx.addIssue({ code: 'custom', message: appError.code, path, params: { appError } })
}

/** The catalog issues of a nested parse, moved under `prefix` (a closure's rules, for closures[2]). */
export function reportIssuesOf(
  ctx: core.$RefinementCtx,
  result: { error?: { issues: core.$ZodIssue[] } },
  prefix: PropertyKey[],
): void {
  for (const issue of result.error?.issues ?? []) {
    if (issue.code !== 'custom' || !appErrorOf(issue)) continue
    ctx.addIssue({
      code: 'custom',
      message: issue.message,
      path: [...prefix, ...issue.path],
      params: issue.params,
    })
  }
}

/** ['closures', 2, 'end'] → 'closures[2].end'; ['thresholdsByKind', 'rakuten.licenseKey'] → 'thresholdsByKind.rakuten.licenseKey'. */
export function fieldOf(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('')
}

/** The catalog error a rule attached to an issue, its field read off the issue's path; null for zod's own issues. */
export function appErrorOf(issue: core.$ZodIssue | undefined): AppErrorData | null {
  if (issue?.code !== 'custom') return null
  const data = (issue.params as { appError?: AppErrorData } | undefined)?.appError
  if (!data || typeof data.code !== 'string') return null
  return data.field === undefined && issue.path.length > 0 ? { ...data, field: fieldOf(issue.path) } : data
}

/** Every catalog error of a parse, in the order the schema found them. */
export function appErrorsOf(result: { error?: { issues: core.$ZodIssue[] } }): AppErrorData[] {
  return (result.error?.issues ?? []).flatMap((issue) => appErrorOf(issue) ?? [])
}
