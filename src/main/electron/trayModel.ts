import type { Core } from '../core'
import type { TrayMenuModel } from './trayMenu'

/**
 * What the tray shows and does, read from and written to the core. The reminders area
 * fills these in (next reminders, pause for today).
 */
export function trayModelFrom(core: Core): TrayMenuModel {
  return { lang: core.services.settings.get().language, upcoming: [], pausedToday: false }
}

export function pauseRemindersToday(_core: Core): void {}

export function resumeReminders(_core: Core): void {}
