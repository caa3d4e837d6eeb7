import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import { firstRunRedirect } from './stores/wizard'
import DashboardView from './views/DashboardView.vue'

// Hash history: the app is loaded from file://, where path URLs cannot be served.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'dashboard', component: DashboardView },
  { path: '/shops', name: 'shops', component: () => import('./views/ShopsView.vue') },
  { path: '/calendar', name: 'calendar', component: () => import('./views/CalendarView.vue') },
  { path: '/prep', name: 'prep', component: () => import('./views/PrepView.vue') },
  {
    path: '/prep/print',
    name: 'prep-print',
    component: () => import('./components/wizard/PrintChecklist.vue'),
  },
  { path: '/welcome', name: 'welcome', component: () => import('./components/wizard/WelcomeSetup.vue') },
  { path: '/notifications', name: 'notifications', component: () => import('./views/NotificationsView.vue') },
  { path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

export function createAppRouter() {
  const router = createRouter({ history: createWebHashHistory(), routes })
  router.beforeEach(firstRunRedirect)
  return router
}
