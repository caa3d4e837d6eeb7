import { defineStore } from 'pinia'
import { ref } from 'vue'
import { call } from '../api'
import type { AppInfo, AppSettings } from '@shared/ipc/settings'
import { i18n } from '../i18n'
import { defineMutation } from '../queries/mutation'
import { defineQuery, refreshOrThrow } from '../queries/query'

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

  // The backups card: the schedule with the copies kept. Its caller sees a refusal, also of
  // the reload after a write, as when it asked main itself.
  const backupQuery = defineQuery('getBackupSettings', () => ({}))
  const loadBackups = () => refreshOrThrow(backupQuery)
  const staleBackups = { refreshes: [{ refresh: loadBackups }] }
  const backupNow = defineMutation('backupDatabaseNow', staleBackups)

  return {
    language,
    info,
    load,
    setLanguage,
    loadInfo,
    openLogFolder: () => call('openLogFolder', {}),
    backups: backupQuery.data,
    loadBackups,
    exportBackup: () => call('exportBackup', {}),
    /** What a restore of this file would do, without doing it. */
    previewRestore: (content: string, mode: 'replace' | 'merge') =>
      call('importBackup', { content, mode, dryRun: true }),
    restore: (content: string, mode: 'replace' | 'merge') => call('importBackup', { content, mode }),
    saveBackupSchedule: defineMutation('saveBackupSettings', staleBackups),
    backupNow: () => backupNow({}),
  }
})
