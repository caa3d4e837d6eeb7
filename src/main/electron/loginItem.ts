import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface LoginItemApp {
  setLoginItemSettings(settings: { openAtLogin: boolean; openAsHidden?: boolean; args?: string[] }): void
}

export interface LoginItemEnv {
  platform: NodeJS.Platform
  execPath: string
  /** The AppImage file on Linux, when running from one (process.env.APPIMAGE). */
  appImage?: string
  configHome: string
}

export const HIDDEN_ARG = '--hidden'
export const AUTOSTART_FILE = 'holiday-prep.desktop'

/** The freedesktop autostart entry Linux desktops read at login. */
export function autostartEntry(exec: string): string {
  const quoted = /\s/.test(exec) ? `"${exec}"` : exec
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=休業準備ナビ',
    'Name[en]=Holiday Prep',
    'Comment=連休前の準備と休み明けの確認 / Closure preparation reminders',
    `Exec=${quoted} ${HIDDEN_ARG}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

/**
 * Start at login: Windows and macOS through Electron's login item, Linux through an
 * autostart .desktop file. Started this way the app opens hidden, in the tray.
 */
export function applyStartAtLogin(enabled: boolean, app: LoginItemApp, env: LoginItemEnv): void {
  if (env.platform === 'win32' || env.platform === 'darwin') {
    app.setLoginItemSettings({
      openAtLogin: enabled,
      openAsHidden: enabled,
      args: enabled ? [HIDDEN_ARG] : [],
    })
    return
  }
  const dir = join(env.configHome, 'autostart')
  const file = join(dir, AUTOSTART_FILE)
  if (!enabled) {
    rmSync(file, { force: true })
    return
  }
  mkdirSync(dir, { recursive: true })
  writeFileSync(file, autostartEntry(env.appImage ?? env.execPath))
}
