import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { callEarly, discardEarly } from './api'
import { i18n } from './i18n'
import { createAppRouter, firstDataOf } from './router'
import { useSettingsStore } from './stores/settings'
import './styles/base.css'
import './styles/form.css'

async function start() {
  // The first screen's data is asked for before anything else, alongside the language and the
  // first-run check (the router's first navigation), instead of after them once the page is up.
  for (const channel of firstDataOf(location.hash)) callEarly(channel, {})
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia).use(i18n)
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
  discardEarly()
}

void start()
