import type { ParsedInput } from '@shared/ipc'
import type { AppSettings, DesktopSettings } from '@shared/ipc/settings'
import type { SettingsRepo } from '../db/settingsRepo'

const LANGUAGE = 'ui.language'
const DESKTOP = 'desktop'

/** The owner's choices from the settings screen, or the app noting it explained the tray. */
type DesktopChange = ParsedInput<'saveDesktopSettings'> | Pick<DesktopSettings, 'trayExplained'>

const defaultDesktop: DesktopSettings = { keepInTray: true, startAtLogin: false, trayExplained: false }

export class SettingsService {
  constructor(private readonly repo: SettingsRepo) {}

  get(): AppSettings {
    const language = this.repo.get<string>(LANGUAGE, 'ja')
    return { language: language === 'en' ? 'en' : 'ja' }
  }

  setLanguage(language: AppSettings['language']): AppSettings {
    this.repo.set(LANGUAGE, language)
    return this.get()
  }

  desktop(): DesktopSettings {
    return { ...defaultDesktop, ...this.repo.get<Partial<DesktopSettings>>(DESKTOP, {}) }
  }

  saveDesktop(next: DesktopChange): DesktopSettings {
    const merged = { ...this.desktop(), ...next }
    this.repo.set(DESKTOP, merged)
    return merged
  }
}
