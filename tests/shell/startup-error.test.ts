import { describe, expect, it, vi } from 'vitest'
import { DatabaseTooNewError } from '@core/db/open'
import {
  classifyStartupError,
  handleStartupFailure,
  startupErrorDialog,
  type StartupErrorKind,
} from '../../src/main/electron/startupError'

vi.mock('electron', () => ({}))

const where = { logFile: '/u/holiday-prep/data/logs/holiday-prep.log', dataDir: '/u/holiday-prep/data' }

function sqliteError(code: string, message: string) {
  return Object.assign(new Error(message), { name: 'SqliteError', code })
}

// What each start-up failure looks like when it reaches the shell, as the libraries throw it.
const cases: [StartupErrorKind, unknown, RegExp, RegExp][] = [
  ['database_too_new', new DatabaseTooNewError(9, 5), /最新版に更新/, /newer Holiday Prep/],
  ['database_locked', sqliteError('SQLITE_BUSY', 'database is locked'), /別のプログラム/, /another program/],
  [
    'native_module',
    Object.assign(
      new Error(
        "The module '/opt/x/resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\nNODE_MODULE_VERSION 140. Please try re-compiling or re-installing\nthe module (for instance, using `npm rebuild` or `npm install`).",
      ),
      { code: 'ERR_DLOPEN_FAILED' },
    ),
    /インストールし直して/,
    /Reinstall Holiday Prep/,
  ],
  ['database_damaged', sqliteError('SQLITE_NOTADB', 'file is not a database'), /壊れて/, /damaged/],
  [
    'database_damaged',
    sqliteError('SQLITE_CORRUPT', 'database disk image is malformed'),
    /壊れて/,
    /damaged/,
  ],
  [
    'no_access',
    Object.assign(new Error("EACCES: permission denied, mkdir '/u/x'"), { code: 'EACCES' }),
    /書き込めない/,
    /cannot be written/,
  ],
  [
    'no_access',
    sqliteError('SQLITE_CANTOPEN', 'unable to open database file'),
    /書き込めない/,
    /cannot be written/,
  ],
  ['disk_full', sqliteError('SQLITE_FULL', 'database or disk is full'), /空き/, /disk is full/],
  [
    'unknown',
    new Error('something odd'),
    /予期しないエラー.*something odd/,
    /unexpected error.*something odd/,
  ],
  ['unknown', 'a thrown string', /予期しないエラー/, /unexpected error/],
]

describe('start-up errors', () => {
  it.each(cases)(
    '%s: a message in Japanese, then English, with what to do and where the log is',
    (kind, error, ja, en) => {
      expect(classifyStartupError(error)).toBe(kind)
      const dialog = startupErrorDialog(error, where)
      expect(dialog.title).toBe('休業準備ナビを起動できません / Holiday Prep cannot start')
      expect(dialog.content).toMatch(ja)
      expect(dialog.content).toMatch(en)
      expect(dialog.content.search(ja)).toBeLessThan(dialog.content.search(en))
      expect(dialog.content).toContain(`記録(ログ): ${where.logFile}`)
      expect(dialog.content).toContain(`Log: ${where.logFile}`)
    },
  )

  it('logs, shows the dialog and exits with 1, even when the log cannot be written', () => {
    const showErrorBox = vi.fn()
    const exit = vi.fn()
    const log = vi.fn(() => {
      throw new Error('ENOSPC')
    })
    handleStartupFailure(new DatabaseTooNewError(9, 5), { ...where, log, showErrorBox, exit })
    expect(log).toHaveBeenCalledWith('start-up failed', expect.objectContaining({ kind: 'database_too_new' }))
    expect(showErrorBox).toHaveBeenCalledWith(
      '休業準備ナビを起動できません / Holiday Prep cannot start',
      expect.stringContaining('形式 9'),
    )
    expect(exit).toHaveBeenCalledWith(1)
  })

  it('exits even when the dialog itself fails', () => {
    const exit = vi.fn()
    expect(() =>
      handleStartupFailure(new Error('x'), {
        ...where,
        log: vi.fn(),
        showErrorBox: () => {
          throw new Error('no display')
        },
        exit,
      }),
    ).toThrow('no display')
    expect(exit).toHaveBeenCalledWith(1)
  })
})
