import type { Bilingual } from '@shared/domain/types'

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
        what: facts.bilingual ?? {
          ja: 'このデータは新しいバージョンの休業準備ナビで作られています。データを守るため開きません。',
          en: 'This data was written by a newer Holiday Prep. To keep it safe it was not opened.',
        },
        todo: {
          ja: '休業準備ナビを最新版に更新してから起動してください。',
          en: 'Install the latest Holiday Prep, then start it again.',
        },
      }
    case 'database_locked':
      return {
        what: {
          ja: 'データのファイルを別のプログラムが使っているため、開けませんでした。',
          en: 'The data file is in use by another program and could not be opened.',
        },
        todo: {
          ja: 'ほかに開いている休業準備ナビ(通知領域のアイコンも)を終了し、バックアップや同期のソフト(OneDrive など)が終わるのを待ってから、もう一度起動してください。直らないときはパソコンを再起動してください。',
          en: 'Quit any other Holiday Prep (check the tray icon too), let backup or sync software (OneDrive and the like) finish, then start again. If that does not help, restart the computer.',
        },
      }
    case 'database_damaged':
      return {
        what: {
          ja: 'データのファイルが壊れていて読めません。',
          en: 'The data file is damaged and cannot be read.',
        },
        todo: {
          ja: `データのフォルダ(${dataDir})の holiday-prep.sqlite を消さずに別の場所へ移してから起動すると、空の状態で始まります。設定 → バックアップ から、保存したバックアップか backups フォルダのコピーを復元できます。`,
          en: `Move holiday-prep.sqlite out of the data folder (${dataDir}) without deleting it and start again: the app starts empty, and Settings → Backup restores a saved backup or a copy from the backups folder.`,
        },
      }
    case 'native_module':
      return {
        what: {
          ja: 'アプリの部品(データベースのモジュール)がこのバージョン用になっていないため、起動できません。',
          en: 'A part of the app (the database module) was not built for this version, so it cannot start.',
        },
        todo: {
          ja: '休業準備ナビをインストールし直してください。開発中の場合は npm run dev か npm run start で起動してください(Electron 用に作り直します)。',
          en: 'Reinstall Holiday Prep. When developing, start it with npm run dev or npm run start (they rebuild it for Electron).',
        },
      }
    case 'no_access':
      return {
        what: {
          ja: 'データのフォルダに書き込めないため、起動できません。',
          en: 'The data folder cannot be written to, so the app cannot start.',
        },
        todo: {
          ja: `フォルダ ${dataDir} とその中のファイルが読み取り専用になっていないか、セキュリティソフトが止めていないか確認してください。`,
          en: `Check that ${dataDir} and its files are not read-only and that security software is not blocking them.`,
        },
      }
    case 'disk_full':
      return {
        what: {
          ja: 'ディスクの空きがないため、データを開けませんでした。',
          en: 'The disk is full, so the data could not be opened.',
        },
        todo: {
          ja: '不要なファイルを消して空きを作ってから、もう一度起動してください。',
          en: 'Free some disk space, then start again.',
        },
      }
    case 'unknown':
      return {
        what: {
          ja: `予期しないエラーで起動できませんでした(${facts.message.slice(0, 200)})。`,
          en: `An unexpected error stopped the start (${facts.message.slice(0, 200)}).`,
        },
        todo: {
          ja: 'もう一度起動してください。繰り返すときは、下のログファイルをサポートに送ってください。',
          en: 'Start the app again. If it keeps happening, send the log file below to whoever supports you.',
        },
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
  return {
    kind,
    title: '休業準備ナビを起動できません / Holiday Prep cannot start',
    content: [
      what.ja,
      todo.ja,
      `記録(ログ): ${where.logFile}`,
      '',
      what.en,
      todo.en,
      `Log: ${where.logFile}`,
    ].join('\n'),
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
