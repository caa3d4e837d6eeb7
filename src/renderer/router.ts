import type { Pinia } from 'pinia'
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { loadMessages, type LazyArea } from './i18n'
import { screens, type PlainChannel } from './screens'
import { useDashboardStore } from './stores/dashboard'
import { firstRunRedirect } from './stores/wizard'

export type { PlainChannel } from './screens'

declare module 'vue-router' {
  interface RouteMeta {
    /** The lazy message areas the screen uses (screens.ts). */
    messages?: readonly LazyArea[]
    /** What the screen's panels ask for when they mount (screens.ts). */
    firstData?: readonly PlainChannel[]
  }
}

// Hash history: the app is loaded from file://, where path URLs cannot be served.
export const routes: RouteRecordRaw[] = [
  ...screens.map((s): RouteRecordRaw => ({
    path: s.path,
    name: s.name,
    component: s.component,
    meta: { messages: 'messages' in s ? s.messages : [], firstData: 'firstData' in s ? s.firstData : [] },
  })),
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

/** Asks ahead for the first data of the screen a location hash opens (see firstDataOf). */
export function prefetchFirstData(hash: string, pinia: Pinia): void {
  for (const channel of firstDataOf(hash)) prefetchers[channel as FirstDataChannel]?.(pinia)
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
