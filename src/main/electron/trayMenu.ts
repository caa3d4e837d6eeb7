import type { MenuItemConstructorOptions } from 'electron'

export interface TrayMenuModel {
  lang: 'ja' | 'en'
  /** The next reminders, already worded, soonest first. */
  upcoming: { label: string; route: string }[]
  pausedToday: boolean
  /** Reminders the OS refused to show (an unsigned macOS build, no notification service). */
  undelivered?: { label: string; route: string | null }[]
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
    undelivered: 'パソコンの通知に出せなかったお知らせ',
  },
  en: {
    open: 'Open Holiday Prep',
    next: 'Next reminders',
    none: 'No reminders planned',
    pause: 'Pause reminders for today',
    resume: 'Resume reminders',
    quit: 'Quit',
    undelivered: 'Reminders the system could not show',
  },
}

/** The tray menu as data, so it can be checked without a tray. */
export function trayMenuTemplate(model: TrayMenuModel, actions: TrayActions): MenuItemConstructorOptions[] {
  const t = text[model.lang]
  const upcoming: MenuItemConstructorOptions[] =
    model.upcoming.length === 0
      ? [{ label: t.none, enabled: false }]
      : model.upcoming.slice(0, 5).map((r) => ({ label: r.label, click: () => actions.open(r.route) }))
  const undelivered: MenuItemConstructorOptions[] =
    model.undelivered && model.undelivered.length > 0
      ? [
          { label: t.undelivered, enabled: false },
          ...model.undelivered.slice(0, 5).map((r) => ({
            label: r.label,
            click: () => actions.open(r.route ?? undefined),
          })),
          { type: 'separator' as const },
        ]
      : []
  return [
    { label: t.open, click: () => actions.open() },
    { type: 'separator' },
    ...undelivered,
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
