import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { i18n } from './i18n'
import { createAppRouter } from './router'
import { useSettingsStore } from './stores/settings'
import './styles/base.css'

async function start() {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia).use(i18n)
  const router = createAppRouter()
  app.use(router)
  // The language comes from the database before the first paint, so nothing flickers.
  await useSettingsStore(pinia)
    .load()
    .catch(() => undefined)
  app.mount('#app')
}

void start()
