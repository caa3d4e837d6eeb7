import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { todayOf, type CoreContext, type FileSaver, type PdfPrinter } from './context'
import { openDatabase, type Db } from './db/open'
import { createDispatcher, type Dispatch } from './dispatch'
import { EventHub } from './events'
import { createHandlers } from './handlers'
import { createFileLogger } from './log/fileLogger'
import { systemClock, type Clock, type Logger, type Notifier } from './ports'
import type { SecretStore } from './secrets/SecretStore'
import { createServices, type Services } from './services'
import { ReminderScheduler, type SchedulerOptions } from './services/scheduler'

export interface CoreOptions {
  dataDir: string
  secrets: SecretStore
  clock?: Clock
  notifier?: Notifier
  logger?: Logger
  appVersion?: string
  fileSaver?: FileSaver | null
  pdfPrinter?: PdfPrinter | null
  /** Opens a folder in the OS file manager (Electron's shell.openPath); absent in the browser host. */
  openFolder?: (path: string) => Promise<boolean>
  /**
   * The reminder scheduler: timers (tests pass virtual ones), and `autoStart: false` to build a
   * core whose scheduler only runs when `core.scheduler.start()` or `replan()` is called.
   */
  reminders?: SchedulerOptions & { autoStart?: boolean }
}

export interface Core {
  readonly db: Db
  readonly dataDir: string
  readonly events: EventHub
  readonly dispatch: Dispatch
  readonly services: Services
  readonly context: CoreContext
  /** Fires reminders; the shell calls `scheduler.replan(reason)` after sleep and unlock. */
  readonly scheduler: ReminderScheduler
  close(): void
}

export const DATABASE_FILE = 'holiday-prep.sqlite'

/**
 * Builds the application without Electron: the app, the browser host and the tests all
 * construct it the same way, with their own clock, notifier and secret store.
 */
export function createCore(options: CoreOptions): Core {
  const { dataDir, secrets } = options
  const clock = options.clock ?? systemClock
  mkdirSync(dataDir, { recursive: true })
  const logDir = join(dataDir, 'logs')
  const logger = options.logger ?? createFileLogger({ dir: logDir })
  let db: Db
  try {
    db = openDatabase(join(dataDir, DATABASE_FILE))
  } catch (error) {
    logger.error('database could not be opened', {
      error: error instanceof Error ? error.message : String(error),
    })
    throw error
  }
  const events = new EventHub()
  const context: CoreContext = {
    db,
    secrets,
    clock,
    notifier: options.notifier ?? { show() {} },
    logger,
    events,
    dataDir,
    appVersion: options.appVersion ?? '0.0.0',
    fileSaver: options.fileSaver ?? null,
    pdfPrinter: options.pdfPrinter ?? null,
    logDir,
    openFolder: options.openFolder ?? null,
    today: () => todayOf(clock),
    nowIso: () => clock.now().toISOString(),
  }
  const services = createServices(context)
  void services.shops.startRepair() // keychain accounts a crash left without a row (errors are logged)

  const handlers = createHandlers(context, services)

  const scheduler = new ReminderScheduler(context, services.reminders, services.settings, options.reminders)
  if (options.reminders?.autoStart !== false) scheduler.start()

  // Scheduled copies of the database file (off until the user turns them on).
  void services.backup.runScheduled()
  const backupTimer = setInterval(() => void services.backup.runScheduled(), 6 * 3600_000)
  backupTimer.unref()

  let closed = false
  return {
    db,
    dataDir,
    events,
    dispatch: createDispatcher(handlers, context.logger),
    services,
    context,
    scheduler,
    close() {
      if (closed) return
      closed = true
      scheduler.stop()
      clearInterval(backupTimer)
      db.close()
    },
  }
}
