import { defineStore } from 'pinia'
import { ref } from 'vue'
import { call } from '../api'
import type { AppInfo, AppSettings } from '@shared/ipc/settings'
import { i18n } from '../i18n'

export const useSettingsStore = defineStore('settings', () => {
  const language = ref<AppSettings['language']>('ja')
  const info = ref<AppInfo | null>(null)

  function apply(settings: AppSettings) {
    language.value = settings.language
    i18n.global.locale.value = settings.language
    document.documentElement.lang = settings.language
  }

  async function load() {
    apply(await call('getSettings', {}))
  }

  async function setLanguage(next: AppSettings['language']) {
    apply(await call('setLanguage', { language: next }))
  }

  async function loadInfo() {
    info.value = await call('getAppInfo', {})
  }

  return { language, info, load, setLanguage, loadInfo }
})
