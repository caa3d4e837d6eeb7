/** What the core needs from its surroundings; the Electron shell and tests each provide them. */

export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

export interface NotificationRequest {
  id: string
  title: string
  body: string
  /** Route the window opens on a click, e.g. '/shops?credential=…'. */
  route: string | null
}

export interface Notifier {
  show(notification: NotificationRequest): void
}

export interface Logger {
  info(message: string, context?: Record<string, unknown>): void
  warn(message: string, context?: Record<string, unknown>): void
  error(message: string, context?: Record<string, unknown>): void
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} }
