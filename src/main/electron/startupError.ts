import type { Bilingual } from '@shared/domain/types'
import { errorText } from '@shared/errors'

/**
 * Start-up failures the shell knows how to explain. Anything else still gets a dialog and an
 * exit: a process that failed to start must never stay behind holding the single-instance lock.
 */
export type StartupErrorKind =
  | 'database_too_new'
  | 'database_locked'
  | 'database_damaged'
  | 'native_module'
  | 'no_access'
  | 'disk_full'
  | 'unknown'

interface ErrorFacts {
  code: string
  message: string
  bilingual?: Bilingual
}

function factsOf(error: unknown): ErrorFacts {
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; message?: unknown; bilingual?: unknown }
    const bilingual = e.bilingual as Bilingual | undefined
    return {
      code: typeof e.code === 'string' ? e.code : '',
      message: typeof e.message === 'string' ? e.message : String(error),
      bilingual: bilingual && typeof bilingual.ja === 'string' ? bilingual : undefined,
    }
  }
  return { code: '', message: String(error) }
}

export function classifyStartupError(error: unknown): StartupErrorKind {
  const { code, message } = factsOf(error)
  if (code === 'database_too_new') return 'database_too_new'
  if (
    code === 'SQLITE_BUSY' ||
    code === 'SQLITE_LOCKED' ||
    code === 'EBUSY' ||
    /database is locked/i.test(message)
  )
    return 'database_locked'
  // better-sqlite3 built for Node (the tests) instead of Electron, or a broken install.
  if (
    code === 'ERR_DLOPEN_FAILED' ||
    /NODE_MODULE_VERSION|compiled against a different Node\.js version|Could not locate the bindings file|\.node\b.*(invalid ELF|not a valid Win32|wrong ELF class|mach-o)/i.test(
      message,
    )
  )
    return 'native_module'
  if (
    code.startsWith('SQLITE_CORRUPT') ||
    code === 'SQLITE_NOTADB' ||
    /malformed|not a database/i.test(message)
  )
    return 'database_damaged'
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'disk_full'
  if (
    ['EACCES', 'EPERM', 'EROFS'].includes(code) ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code === 'SQLITE_PERM'
  )
    return 'no_access'
  return 'unknown'
}

interface Explanation {
  what: Bilingual
  todo: Bilingual
}

function explain(kind: StartupErrorKind, facts: ErrorFacts, dataDir: string): Explanation {
  switch (kind) {
    case 'database_too_new':
      return {
        what: facts.bilingual ?? errorText('startupTooNew', {}),
        todo: errorText('startupTooNewTodo', {}),
      }
    case 'database_locked':
      return { what: errorText('startupLocked', {}), todo: errorText('startupLockedTodo', {}) }
    case 'database_damaged':
      return { what: errorText('startupDamaged', {}), todo: errorText('startupDamagedTodo', { dataDir }) }
    case 'native_module':
      return { what: errorText('startupNativeModule', {}), todo: errorText('startupNativeModuleTodo', {}) }
    case 'no_access':
      return { what: errorText('startupNoAccess', {}), todo: errorText('startupNoAccessTodo', { dataDir }) }
    case 'disk_full':
      return { what: errorText('startupDiskFull', {}), todo: errorText('startupDiskFullTodo', {}) }
    case 'unknown':
      return {
        what: errorText('startupUnknown', { message: facts.message.slice(0, 200) }),
        todo: errorText('startupUnknownTodo', {}),
      }
  }
}

export interface StartupErrorDialog {
  kind: StartupErrorKind
  title: string
  /** Japanese first, then English; each with what happened, what to do and the log's place. */
  content: string
}

export function startupErrorDialog(
  error: unknown,
  where: { logFile: string; dataDir: string },
): StartupErrorDialog {
  const kind = classifyStartupError(error)
  const { what, todo } = explain(kind, factsOf(error), where.dataDir)
  const title = errorText('startupTitle', {})
  const log = errorText('startupLog', { path: where.logFile })
  return {
    kind,
    title: `${title.ja} / ${title.en}`,
    content: [what.ja, todo.ja, log.ja, '', what.en, todo.en, log.en].join('\n'),
  }
}

export interface StartupFailureDeps {
  logFile: string
  dataDir: string
  log(message: string, context: Record<string, unknown>): void
  showErrorBox(title: string, content: string): void
  exit(code: number): void
}

/**
 * Log, tell the user, and end the process. Electron only warns about an unhandled rejection,
 * so without this a failed start leaves an invisible process that holds the single-instance
 * lock: every later launch would only poke it. Nothing here may throw past exit().
 */
export function handleStartupFailure(error: unknown, deps: StartupFailureDeps): StartupErrorDialog {
  const dialog = startupErrorDialog(error, deps)
  try {
    deps.log('start-up failed', {
      kind: dialog.kind,
      code: factsOf(error).code,
      error: factsOf(error).message,
    })
  } catch {
    // A log that cannot be written (disk full, no access) must not hide the dialog.
  }
  try {
    deps.showErrorBox(dialog.title, dialog.content)
  } finally {
    deps.exit(1)
  }
  return dialog
}
