import type { AppSettings } from '../../../shared/ipc/settings'
import type { SettingsRepo } from '../db/settingsRepo'

const LANGUAGE = 'ui.language'

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
}
