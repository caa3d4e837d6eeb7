import { z } from 'zod'
import { channel } from './channel'
import { empty } from './schemas'

export interface AppSettings {
  language: 'ja' | 'en'
}

/** How the app lives on the desktop: kept in the tray when closed, started at login. */
export interface DesktopSettings {
  keepInTray: boolean
  startAtLogin: boolean
  /** The first close has explained that the app stays in the tray. */
  trayExplained: boolean
}

export interface AppInfo {
  name: string
  version: string
  dataDir: string
  logDir: string
  keychain: { available: boolean; backend: string; message: { ja: string; en: string } | null }
}

export const settingsChannels = {
  getSettings: channel<AppSettings>()(empty),
  setLanguage: channel<AppSettings>()(z.object({ language: z.enum(['ja', 'en']) }).strict()),
  getAppInfo: channel<AppInfo>()(empty),
  getDesktopSettings: channel<DesktopSettings>()(empty),
  saveDesktopSettings: channel<DesktopSettings>()(
    z.object({ keepInTray: z.boolean(), startAtLogin: z.boolean() }).strict(),
  ),
  openLogFolder: channel<{ path: string; opened: boolean }>()(empty),
}
