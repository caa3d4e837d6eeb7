import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase, type Db } from './db/open'
import { SettingsRepo } from './db/settingsRepo'
import { createDispatcher, type Dispatch, type Handlers } from './dispatch'
import { EventHub } from './events'
import { silentLogger, systemClock, type Clock, type Logger, type Notifier } from './ports'
import type { SecretStore } from './secrets/SecretStore'
import { SettingsService } from './services/settingsService'

export interface CoreOptions {
  dataDir: string
  secrets: SecretStore
  clock?: Clock
  notifier?: Notifier
  logger?: Logger
  appVersion?: string
}

export interface Core {
  readonly db: Db
  readonly dataDir: string
  readonly events: EventHub
  readonly dispatch: Dispatch
  readonly settings: SettingsService
  close(): void
}

export const DATABASE_FILE = 'holiday-prep.sqlite'

/**
 * Builds the application without Electron: the app, the browser host and the tests all
 * construct it the same way, with their own clock, notifier and secret store.
 */
export function createCore(options: CoreOptions): Core {
  const { dataDir, secrets } = options
  const logger = options.logger ?? silentLogger
  const clock = options.clock ?? systemClock
  void clock
  mkdirSync(dataDir, { recursive: true })
  const db = openDatabase(join(dataDir, DATABASE_FILE))
  const events = new EventHub()
  const settings = new SettingsService(new SettingsRepo(db))

  const handlers: Handlers = {
    getSettings: () => settings.get(),
    setLanguage: ({ language }) => {
      const result = settings.setLanguage(language)
      events.changed('settings')
      return result
    },
    getAppInfo: async () => {
      const problem = await secrets.check()
      return {
        name: '休業準備ナビ',
        version: options.appVersion ?? '0.0.0',
        dataDir,
        keychain: {
          available: problem === null,
          backend: secrets.backend,
          message: problem ? problem.bilingual : null,
        },
      }
    },
  }

  let closed = false
  return {
    db,
    dataDir,
    events,
    dispatch: createDispatcher(handlers, logger),
    settings,
    close() {
      if (closed) return
      closed = true
      db.close()
    },
  }
}
