import { z } from 'zod'
import { channel } from './channel'
import { empty } from './schemas'

export interface AppSettings {
  language: 'ja' | 'en'
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
  openLogFolder: channel<{ path: string; opened: boolean }>()(empty),
}
