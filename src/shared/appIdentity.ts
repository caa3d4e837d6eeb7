/**
 * Names that decide where the app keeps things on a shop's PC. Pure data, shared by the
 * shell (which applies them), the README (which a test compares with them) and the tests.
 */

/**
 * The per-user folder under the OS's application-data folder. Electron would name it after
 * `productName` (休業準備ナビ); a fixed ASCII name keeps the path the same in every language
 * setting, easy to type in a support call, and safe for backup tools that mangle non-ASCII.
 * The shell sets it with `app.setPath('userData', userDataDir(app.getPath('appData'), sep))`
 * before anything reads userData (the single-instance lock does).
 */
export const USER_DATA_FOLDER = 'holiday-prep'

/** The database, logs and automatic copies live in this folder inside userData. */
export const DATA_FOLDER = 'data'

export function userDataDir(appData: string, separator: '/' | '\\'): string {
  return appData.replace(/[\\/]+$/, '') + separator + USER_DATA_FOLDER
}

/**
 * The data folder as a person would type it on each platform: Electron's appData is
 * %APPDATA% on Windows, ~/Library/Application Support on macOS and $XDG_CONFIG_HOME
 * (default ~/.config) on Linux.
 */
export const DATA_FOLDER_SHOWN = {
  win32: `${userDataDir('%APPDATA%', '\\')}\\${DATA_FOLDER}`,
  darwin: `${userDataDir('~/Library/Application Support', '/')}/${DATA_FOLDER}`,
  linux: `${userDataDir('~/.config', '/')}/${DATA_FOLDER}`,
} as const
