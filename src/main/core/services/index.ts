import type { CoreContext } from '../context'
import { SettingsRepo } from '../db/settingsRepo'
import { CalendarService } from './calendarService'
import { SettingsService } from './settingsService'
import { ShopsService } from './shopsService'

/** The services of every area, built in dependency order and shared by the handlers. */
export interface Services {
  settings: SettingsService
  calendar: CalendarService
  shops: ShopsService
}

export function createServices(ctx: CoreContext): Services {
  const settings = new SettingsService(new SettingsRepo(ctx.db))
  const calendar = new CalendarService(ctx)
  const shops = new ShopsService(ctx, calendar)
  return { settings, calendar, shops }
}
