import type { ParsedInput } from '@shared/ipc'
import type { AppSettings, DesktopSettings } from '@shared/ipc/settings'
import type { SettingsRepo } from '../db/settingsRepo'

const LANGUAGE = 'ui.language'
const DESKTOP = 'desktop'

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

  /** The owner's choices from the settings screen. */
  saveDesktop(next: ParsedInput<'saveDesktopSettings'>): DesktopSettings {
    return this.mergeDesktop(next)
  }

  /** The app told the owner once that closing the window keeps it in the tray. */
  markTrayExplained(): DesktopSettings {
    return this.mergeDesktop({ trayExplained: true })
  }

  private mergeDesktop(next: Partial<DesktopSettings>): DesktopSettings {
    const merged = { ...this.desktop(), ...next }
    this.repo.set(DESKTOP, merged)
    return merged
  }
}
