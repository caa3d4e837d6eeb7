import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { i18n } from './i18n'
import { endPrefetch } from './queries/query'
import { createAppRouter, prefetchFirstData } from './router'
import { useSettingsStore } from './stores/settings'
import './styles/base.css'
import './styles/form.css'

async function start() {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia)
  // The first screen's data is asked for before anything else, alongside the language and the
  // first-run check (the router's first navigation), instead of after them once the page is up.
  prefetchFirstData(location.hash, pinia)
  app.use(i18n)
  const router = createAppRouter()
  app.use(router)
  // The language comes from the database before the first paint, so nothing flickers; the
  // first screen mounts once its route is settled, and its panels take the answers asked for above.
  await Promise.all([
    useSettingsStore(pinia)
      .load()
      .catch(() => undefined),
    router.isReady().catch(() => undefined),
  ])
  app.mount('#app')
  endPrefetch()
}

void start()
