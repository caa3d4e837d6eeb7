import type { CoreContext } from '../context'
import { SettingsRepo } from '../db/settingsRepo'
import { BackupService } from './backupService'
import { CalendarService } from './calendarService'
import { ClosureNoticesService } from './closureNoticesService'
import { FactsService } from './factsService'
import { ReminderService } from './reminderService'
import { SettingsService } from './settingsService'
import { ShopsService } from './shopsService'
import { TimelineService } from './timelineService'
import { WizardService } from './wizardService'

/** The services of every area, built in dependency order and shared by the handlers. */
export interface Services {
  settings: SettingsService
  calendar: CalendarService
  shops: ShopsService
  reminders: ReminderService
  backup: BackupService
  wizard: WizardService
  timeline: TimelineService
  facts: FactsService
  notices: ClosureNoticesService
}

export function createServices(ctx: CoreContext): Services {
  const settings = new SettingsService(new SettingsRepo(ctx.db))
  const calendar = new CalendarService(ctx)
  const shops = new ShopsService(ctx, calendar)
  const backup = new BackupService(ctx)
  const reminders = new ReminderService(ctx, { calendar, shops })
  const wizard = new WizardService(ctx, calendar, shops)
  const timeline = new TimelineService({ calendar, shops, wizard })
  const facts = new FactsService(ctx)
  const notices = new ClosureNoticesService(ctx, { calendar, shops, timeline })
  return { settings, calendar, shops, reminders, backup, wizard, timeline, facts, notices }
}
