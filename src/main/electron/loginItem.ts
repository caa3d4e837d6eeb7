import type { App } from 'electron'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

// Typed from Electron's own App, so an option Electron drops fails `npm run typecheck` instead
// of being ignored on a user's PC (openAsHidden was removed in Electron 44, docs/breaking-changes.md).
export type LoginItemApp = Pick<App, 'setLoginItemSettings'>
export type LoginItemSettings = Parameters<App['setLoginItemSettings']>[0]

export interface LoginItemEnv {
  platform: NodeJS.Platform
  execPath: string
  /** The AppImage file on Linux, when running from one (process.env.APPIMAGE). */
  appImage?: string
  configHome: string
  /**
   * app.isPackaged. A development run must not register itself: the Windows Run value is named
   * after the app id the installed app uses, and the Linux autostart file has one name, so dev
   * would overwrite the shop's real login item with a path to a bare Electron.
   */
  packaged: boolean
}

export const HIDDEN_ARG = '--hidden'
export const AUTOSTART_FILE = 'holiday-prep.desktop'
/**
 * electron-builder starts an AppImage with --no-sandbox in its own desktop entry (the setuid
 * chrome-sandbox cannot work from the read-only AppImage mount); autostart must do the same
 * or the app aborts at login on most distributions.
 */
export const APPIMAGE_ARGS = ['--no-sandbox']

/** The freedesktop autostart entry Linux desktops read at login. */
export function autostartEntry(exec: string, args: readonly string[] = []): string {
  const quoted = /\s/.test(exec) ? `"${exec}"` : exec
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=休業準備ナビ',
    'Name[en]=Holiday Prep',
    'Comment=連休前の準備と休み明けの確認 / Closure preparation reminders',
    `Exec=${[quoted, ...args, HIDDEN_ARG].join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

/** What applyStartAtLogin did, so the caller can log it and tests can see it. */
export type LoginItemResult = 'login-item' | 'autostart-file' | 'skipped-dev'

/**
 * Start at login: Windows and macOS through Electron's login item, Linux through an
 * autostart .desktop file. Windows passes --hidden; macOS has no arguments for login items,
 * the app reads wasOpenedAtLogin instead (see startedHidden).
 */
export function applyStartAtLogin(enabled: boolean, app: LoginItemApp, env: LoginItemEnv): LoginItemResult {
  if (!env.packaged) return 'skipped-dev'
  if (env.platform === 'win32') {
    const settings: LoginItemSettings = { openAtLogin: enabled, args: enabled ? [HIDDEN_ARG] : [] }
    app.setLoginItemSettings(settings)
    return 'login-item'
  }
  if (env.platform === 'darwin') {
    app.setLoginItemSettings({ openAtLogin: enabled })
    return 'login-item'
  }
  const dir = join(env.configHome, 'autostart')
  const file = join(dir, AUTOSTART_FILE)
  if (!enabled) {
    rmSync(file, { force: true })
    return 'autostart-file'
  }
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    file,
    env.appImage ? autostartEntry(env.appImage, APPIMAGE_ARGS) : autostartEntry(env.execPath),
  )
  return 'autostart-file'
}

/**
 * Was this start a login start, so the window stays closed and the app waits in the tray?
 * Windows and Linux see --hidden in argv; macOS tells through getLoginItemSettings().
 */
export function startedHidden(
  argv: readonly string[],
  platform: NodeJS.Platform,
  app: Pick<App, 'getLoginItemSettings'>,
): boolean {
  if (argv.includes(HIDDEN_ARG)) return true
  if (platform !== 'darwin') return false
  try {
    return app.getLoginItemSettings().wasOpenedAtLogin === true
  } catch {
    return false
  }
}
