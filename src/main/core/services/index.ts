import type { CoreContext } from '../context'
import { SettingsRepo } from '../db/settingsRepo'
import { BackupService } from './backupService'
import { CalendarService } from './calendarService'
import { SettingsService } from './settingsService'
import { ShopsService } from './shopsService'
import { WizardService } from './wizardService'

/** The services of every area, built in dependency order and shared by the handlers. */
export interface Services {
  settings: SettingsService
  calendar: CalendarService
  shops: ShopsService
  backup: BackupService
  wizard: WizardService
}

export function createServices(ctx: CoreContext): Services {
  const settings = new SettingsService(new SettingsRepo(ctx.db))
  const calendar = new CalendarService(ctx)
  const shops = new ShopsService(ctx, calendar)
  const backup = new BackupService(ctx)
  return { settings, calendar, shops, backup, wizard: new WizardService(ctx, calendar, shops) }
}
