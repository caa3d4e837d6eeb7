/**
 * What main says changed, so that whoever shows it asks again. Every `events.changed(...)`
 * names one of these; the renderer's query layer maps each to the answers it makes stale.
 */
export type Topic = 'settings' | 'desktop' | 'shops' | 'calendar' | 'reminders' | 'wizard' | 'notices'

/** Events the main process pushes to the window. */
export type AppEvent =
  | { type: 'changed'; topics: Topic[] }
  | { type: 'navigate'; route: string }
  | { type: 'toast'; id: string; title: string; body: string; route: string | null }
