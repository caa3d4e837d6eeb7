import type { Component } from 'vue'
import type { ChannelInput, ChannelName } from '@shared/ipc'
import type { LazyArea, MessageKey } from './i18n'
import DashboardView from './views/DashboardView.vue'

/** Channels that can be called with `{}`. */
export type PlainChannel = {
  [C in ChannelName]: Record<never, never> extends ChannelInput<C> ? C : never
}[ChannelName]

export interface Screen {
  path: string
  name: string
  component: Component | (() => Promise<Component | { default: Component }>)
  /**
   * The lazy message areas the screen's components use (the dashboard's areas and the shell's
   * are always there); the router loads them before the screen opens. A test walks each
   * screen's imports and fails when one is missing.
   */
  messages?: readonly LazyArea[]
  /**
   * What the screen's panels ask for when they mount (all with `{}`). When the app opens on
   * the screen, main.ts asks for it at once, so that it travels while the page starts: keep it
   * in step with the panels (an answer nobody takes is only wasted).
   */
  firstData?: readonly PlainChannel[]
  /** Shown in the navigation column, in this list's order, with the icon of the screen's name. */
  nav?: MessageKey
}

/**
 * Every screen of the app, registered here once: the router, the message loading, the
 * first-screen data and the navigation are derived from this list. The dashboard is first: it
 * is where an unknown path goes.
 */
export const screens = [
  {
    path: '/',
    name: 'dashboard',
    component: DashboardView,
    firstData: ['getDashboard'],
    nav: 'nav.dashboard',
  },
  {
    path: '/shops',
    name: 'shops',
    component: () => import('./views/ShopsView.vue'),
    messages: ['screens', 'facts'],
    nav: 'nav.shops',
  },
  {
    path: '/calendar',
    name: 'calendar',
    component: () => import('./views/CalendarView.vue'),
    nav: 'nav.calendar',
  },
  {
    path: '/prep',
    name: 'prep',
    component: () => import('./views/PrepView.vue'),
    messages: ['wizard'],
    nav: 'nav.prep',
  },
  {
    path: '/prep/print',
    name: 'prep-print',
    component: () => import('./components/wizard/PrintChecklist.vue'),
    messages: ['wizard'],
  },
  {
    path: '/notices',
    name: 'notices',
    component: () => import('./views/NoticesView.vue'),
    nav: 'nav.notices',
  },
  {
    path: '/welcome',
    name: 'welcome',
    component: () => import('./components/wizard/WelcomeSetup.vue'),
    messages: ['wizard', 'facts'],
  },
  {
    path: '/notifications',
    name: 'notifications',
    component: () => import('./views/NotificationsView.vue'),
    messages: ['reminders'],
    nav: 'nav.notifications',
  },
  {
    path: '/settings',
    name: 'settings',
    component: () => import('./views/SettingsView.vue'),
    messages: ['screens', 'facts'],
    nav: 'nav.settings',
  },
  {
    path: '/settings/sources',
    name: 'sources',
    component: () => import('./views/SourcesView.vue'),
    messages: ['screens', 'facts'],
  },
] as const satisfies readonly Screen[]

/** The screens of the navigation column, in order. */
type NavScreen = Extract<(typeof screens)[number], { nav: MessageKey }>
export const navScreens = screens.filter((s): s is NavScreen => 'nav' in s)
export type NavName = NavScreen['name']
