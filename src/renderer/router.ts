import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import type { ChannelInput, ChannelName } from '@shared/ipc'
import { loadLaterMessages } from './i18n'
import { firstRunRedirect } from './stores/wizard'
import DashboardView from './views/DashboardView.vue'

/** Channels that can be called with `{}`. */
export type PlainChannel = {
  [C in ChannelName]: Record<never, never> extends ChannelInput<C> ? C : never
}[ChannelName]

declare module 'vue-router' {
  interface RouteMeta {
    /**
     * What the screen's panels ask for when they mount (all with `{}`). When the app opens on
     * the screen, main.ts asks for it at once (callEarly), so that it travels while the page
     * starts: keep it in step with the panels (an answer nobody takes is only wasted).
     */
    firstData?: readonly PlainChannel[]
  }
}

// Hash history: the app is loaded from file://, where path URLs cannot be served.
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'dashboard',
    component: DashboardView,
    meta: { firstData: ['getDashboard'] },
  },
  { path: '/shops', name: 'shops', component: () => import('./views/ShopsView.vue') },
  { path: '/calendar', name: 'calendar', component: () => import('./views/CalendarView.vue') },
  { path: '/prep', name: 'prep', component: () => import('./views/PrepView.vue') },
  {
    path: '/prep/print',
    name: 'prep-print',
    component: () => import('./components/wizard/PrintChecklist.vue'),
  },
  { path: '/notices', name: 'notices', component: () => import('./views/NoticesView.vue') },
  { path: '/welcome', name: 'welcome', component: () => import('./components/wizard/WelcomeSetup.vue') },
  { path: '/notifications', name: 'notifications', component: () => import('./views/NotificationsView.vue') },
  { path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue') },
  { path: '/settings/sources', name: 'sources', component: () => import('./views/SourcesView.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

/**
 * The firstData of the screen a location hash opens, read from the route table without a router
 * (creating one writes to the history, which takes a while): the paths here are plain, and
 * anything unknown goes to the dashboard, as the router sends it.
 */
export function firstDataOf(hash: string): readonly PlainChannel[] {
  const path = hash.replace(/^#/, '').split('?')[0] || '/'
  const route = routes.find((r) => r.path === path) ?? routes[0]!
  return route.meta?.firstData ?? []
}

export function createAppRouter() {
  const router = createRouter({
    history: createWebHashHistory(),
    routes,
    // A new screen opens at its top; back and forward return to where the user was. A change
    // of query on the same screen (a tab, `?credential=`) leaves the screen to place itself.
    scrollBehavior(to, from, savedPosition) {
      if (savedPosition) return savedPosition
      if (to.path === from.path) return false
      return { top: 0, left: 0 }
    },
  })
  router.beforeEach(firstRunRedirect)
  // A screen other than the dashboard opens with its messages there, never with a missing one.
  router.beforeEach(async (to) => {
    if (to.name !== 'dashboard') await loadLaterMessages()
  })
  return router
}
