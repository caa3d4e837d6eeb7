import type { Core } from '@core'
import { formatDate } from '@shared/domain/dateFormat'
import type { Reminder } from '@shared/domain/reminders'
import type { Lang } from '@shared/domain/types'
import type { TrayMenuModel } from './trayMenu'

/** How many of the next reminders the tray lists. */
export const TRAY_REMINDERS = 5
/** Menu items are one line: longer titles are cut (at a space where there is one). */
export const MAX_TRAY_LABEL = 80

/**
 * '12/22(火) 9:00 楽天市場 ひなた雑貨店：ライセンスキーの期限まであと7日', cut to one line.
 * dueAt is a Japan-time instant: the date and time are read off by position.
 */
export function trayLabel(reminder: Pick<Reminder, 'dueAt' | 'title'>, lang: Lang): string {
  const time = `${Number(reminder.dueAt.slice(11, 13))}:${reminder.dueAt.slice(14, 16)}`
  const when = `${formatDate(reminder.dueAt.slice(0, 10), lang, 'short')} ${time}`
  const label = `${when} ${reminder.title[lang]}`
  if (label.length <= MAX_TRAY_LABEL) return label
  const cut = label.slice(0, MAX_TRAY_LABEL - 1)
  const space = cut.lastIndexOf(' ')
  return `${space > MAX_TRAY_LABEL / 2 ? cut.slice(0, space) : cut}…`
}

/** What the tray shows and does, read from and written to the core. */
export function trayModelFrom(core: Core): TrayMenuModel {
  const lang = core.services.settings.get().language
  const reminders = core.services.reminders
  return {
    lang,
    upcoming: reminders.next(TRAY_REMINDERS).map((r) => ({ label: trayLabel(r, lang), route: r.route })),
    pausedToday: reminders.pausedUntil() !== null,
  }
}

/** Holds every reminder until tomorrow 00:00 (Japan time); the scheduler and the tray follow the change event. */
export function pauseRemindersToday(core: Core): void {
  core.services.reminders.pauseToday()
}

export function resumeReminders(core: Core): void {
  core.services.reminders.resume()
}
