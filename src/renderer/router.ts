import type { Pinia } from 'pinia'
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { loadMessages, type LazyArea } from './i18n'
import { screens } from './screens'
import { useDashboardStore } from './stores/dashboard'
import { firstRunRedirect } from './stores/wizard'

declare module 'vue-router' {
  interface RouteMeta {
    /** The lazy message areas the screen uses (screens.ts). */
    messages?: readonly LazyArea[]
  }
}

// Hash history: the app is loaded from file://, where path URLs cannot be served.
const routes: RouteRecordRaw[] = [
  ...screens.map((s): RouteRecordRaw => ({
    path: s.path,
    name: s.name,
    component: s.component,
    meta: { messages: 'messages' in s ? s.messages : [] },
  })),
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

/**
 * The screen a location hash opens, read from screens.ts without a router (creating one writes
 * to the history, which takes a while): the paths there are plain, and anything unknown goes
 * to the dashboard, as the router sends it.
 */
function screenOf(hash: string): (typeof screens)[number] {
  const path = hash.replace(/^#/, '').split('?')[0] || '/'
  return screens.find((s) => s.path === path) ?? screens[0]
}

/** Every channel some screen names as its firstData. */
type FirstDataChannel = Extract<(typeof screens)[number], { firstData: unknown }>['firstData'][number]

/**
 * How each first-screen channel is asked for ahead: through the query of the store that reads
 * it (Query.prefetch), so the answer lands in the one cache the panels read. A screen's
 * firstData without its store here fails the typecheck.
 */
const prefetchers: Record<FirstDataChannel, (pinia: Pinia) => void> = {
  getDashboard: (pinia) => useDashboardStore(pinia).prefetch(),
}

/** Asks ahead for the first data of the screen a location hash opens. */
export function prefetchFirstData(hash: string, pinia: Pinia): void {
  const screen = screenOf(hash)
  if ('firstData' in screen) for (const channel of screen.firstData) prefetchers[channel](pinia)
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
  // A screen opens with its messages there, never with a missing one.
  router.beforeEach(async (to) => {
    if (to.meta.messages?.length) await loadMessages(to.meta.messages)
  })
  return router
}
