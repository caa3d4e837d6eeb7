import type { Notification, NotificationConstructorOptions } from 'electron'
import type { NotificationRequest, Notifier } from '@core/ports'
import { diagnostics } from './diagnostics'

/** The part of Electron's Notification the notifier uses, typed from Electron itself. */
export type NotificationLike = Pick<Notification, 'on' | 'show'>

export interface NotificationApi {
  isSupported(): boolean
  create(options: NotificationConstructorOptions): NotificationLike
}

export interface OsNotifierHooks {
  /** A click on the notification: bring the window up on the item concerned. */
  open(route?: string): void
  /**
   * The OS refused to show it. Since Electron 42 macOS notifications go through UNNotification,
   * which an unsigned app cannot use: every reminder emits `failed` instead of appearing. The
   * shell logs it and shows the reminder in the app and the tray, so it is not lost silently.
   */
  failed(notification: NotificationRequest, error: string): void
}

/**
 * OS notifications for the core. References are kept until clicked or failed: a
 * garbage-collected notification loses its click handler on some platforms.
 */
export function createOsNotifier(
  api: NotificationApi,
  hooks: OsNotifierHooks,
  icon?: string,
  now: () => number = Date.now,
): Notifier & { lastClickAt(): number } {
  const alive = new Set<NotificationLike>()
  let lastClick = Number.NEGATIVE_INFINITY
  return {
    lastClickAt: () => lastClick,
    show(n) {
      if (!api.isSupported()) {
        hooks.failed(n, 'notifications are not supported on this system')
        return
      }
      const notification = api.create({ title: n.title, body: n.body, icon, silent: false })
      alive.add(notification)
      diagnostics.notificationsRequested++
      notification.on('show', () => void diagnostics.notificationsShown++)
      notification.on('click', () => {
        alive.delete(notification)
        lastClick = now()
        hooks.open(n.route ?? undefined)
      })
      notification.on('failed', (_event, error) => {
        diagnostics.notificationsFailed++
        alive.delete(notification)
        hooks.failed(n, error)
      })
      notification.show()
      if (alive.size > 20) alive.delete(alive.values().next().value!)
    },
  }
}

export interface ToastActivationDeps {
  open(route?: string): void
  /** When a Notification object last reported a click (ms), for the same click seen twice. */
  lastClickAt(): number
  now(): number
  later(fn: () => void, ms: number): void
}

/** Where a body click that no live Notification claims opens: the history lists it. */
export const ACTIVATION_ROUTE = '/notifications'

/**
 * Windows (Electron 45): a toast clicked in the Action Center after the app restarted has no
 * Notification object, so no 'click' reaches the notifier; Notification.handleActivation is
 * the only signal. Electron gives a body click no launch arguments (its toast XML sets none),
 * so the reminder cannot be told apart: open the notification history. When a live object
 * also reports the click, that one (with its exact route) wins.
 */
export function toastActivationHandler(deps: ToastActivationDeps): (details: { type: string }) => void {
  return (details) => {
    if (details.type !== 'click') return
    const seenAt = deps.now()
    deps.later(() => {
      if (deps.lastClickAt() >= seenAt - 1000) return
      deps.open(ACTIVATION_ROUTE)
    }, 300)
  }
}
