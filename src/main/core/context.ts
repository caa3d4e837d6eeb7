import type { IsoDate } from '@shared/domain/types'
import { japanDateTime } from '@shared/domain/isoDate'
import type { Db } from './db/open'
import type { EventHub } from './events'
import type { Clock, Logger, Notifier } from './ports'
import type { SecretStore } from './secrets/SecretStore'

/** Saves a text file where the user chooses (Electron's save dialog); absent in the browser host. */
export interface FileSaver {
  saveText(suggestedName: string, content: string): Promise<{ saved: boolean; path: string | null }>
}

/** Prints the window's current page to a PDF the user chooses (Electron printToPDF); absent in the browser host. */
export interface PdfPrinter {
  printToPdf(suggestedName: string): Promise<{ saved: boolean; path: string | null }>
}

/** What every area of the core shares: storage, the keychain, time and the outside world. */
export interface CoreContext {
  readonly db: Db
  readonly secrets: SecretStore
  readonly clock: Clock
  readonly notifier: Notifier
  readonly logger: Logger
  readonly events: EventHub
  readonly dataDir: string
  readonly appVersion: string
  readonly fileSaver: FileSaver | null
  readonly pdfPrinter: PdfPrinter | null
  /** The rotating log's folder (inside the data folder). */
  readonly logDir: string
  readonly openFolder: ((path: string) => Promise<boolean>) | null
  /** Today in Japan, whatever the machine's time zone. */
  today(): IsoDate
  /** Now as an ISO instant (UTC 'Z' form), for timestamps stored in SQLite. */
  nowIso(): string
}

export function todayOf(clock: Clock): IsoDate {
  return japanDateTime(clock.now()).date
}
