import type { MenuItemConstructorOptions } from 'electron'

export interface TrayMenuModel {
  lang: 'ja' | 'en'
  /** The next reminders, already worded, soonest first. */
  upcoming: { label: string; route: string }[]
  pausedToday: boolean
}

export interface TrayActions {
  open(route?: string): void
  pauseToday(): void
  resume(): void
  quit(): void
}

const text = {
  ja: {
    open: '休業準備ナビを開く',
    next: '次のお知らせ',
    none: '予定されたお知らせはありません',
    pause: '今日は通知を止める',
    resume: '通知を再開する',
    quit: '終了',
  },
  en: {
    open: 'Open Holiday Prep',
    next: 'Next reminders',
    none: 'No reminders planned',
    pause: 'Pause reminders for today',
    resume: 'Resume reminders',
    quit: 'Quit',
  },
}

/** The tray menu as data, so it can be checked without a tray. */
export function trayMenuTemplate(model: TrayMenuModel, actions: TrayActions): MenuItemConstructorOptions[] {
  const t = text[model.lang]
  const upcoming: MenuItemConstructorOptions[] =
    model.upcoming.length === 0
      ? [{ label: t.none, enabled: false }]
      : model.upcoming.slice(0, 5).map((r) => ({ label: r.label, click: () => actions.open(r.route) }))
  return [
    { label: t.open, click: () => actions.open() },
    { type: 'separator' },
    { label: t.next, enabled: false },
    ...upcoming,
    { type: 'separator' },
    model.pausedToday
      ? { label: t.resume, click: () => actions.resume() }
      : { label: t.pause, click: () => actions.pauseToday() },
    { type: 'separator' },
    { label: t.quit, click: () => actions.quit() },
  ]
}
