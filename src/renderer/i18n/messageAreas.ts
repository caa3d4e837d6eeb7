import calendar from './areas/calendar'
import closureNotices from './areas/closureNotices'
import common from './areas/common'
import form from './areas/form'
import shops from './areas/shops'
import timeline from './areas/timeline'

// Every message area is registered here once: the tree the page starts with, the ones loaded
// later and the typed keys (keys.ts) derive from these two lists.

/** What the first screen (the dashboard) and the shell use: in the first bundle. */
export const firstAreas = [common, shops, calendar, timeline, form, closureNotices] as const

/**
 * The areas no part of the dashboard uses (its panels and the shell name none of their keys).
 * A screen names the ones its components use (src/renderer/screens.ts); the router loads them
 * before the screen opens.
 */
export const lazyAreas = {
  screens: () => import('./areas/screens'),
  reminders: () => import('./areas/reminders'),
  wizard: () => import('./areas/wizard'),
  facts: () => import('./areas/facts'),
} as const

export type LazyArea = keyof typeof lazyAreas
