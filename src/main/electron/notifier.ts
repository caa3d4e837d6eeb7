import type { NotificationConstructorOptions } from 'electron'
import type { Notifier } from '../core/ports'

export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown
  show(): void
}

export interface NotificationApi {
  isSupported(): boolean
  create(options: NotificationConstructorOptions): NotificationLike
}

/**
 * OS notifications for the core. A click brings the window up on the item concerned.
 * References are kept until clicked or closed: a garbage-collected notification loses its
 * click handler on some platforms.
 */
export function createOsNotifier(
  api: NotificationApi,
  openWindow: (route?: string) => void,
  icon?: string,
): Notifier {
  const alive = new Set<NotificationLike>()
  return {
    show(n) {
      if (!api.isSupported()) return
      const notification = api.create({ title: n.title, body: n.body, icon, silent: false })
      alive.add(notification)
      notification.on('click', () => {
        alive.delete(notification)
        openWindow(n.route ?? undefined)
      })
      notification.show()
      if (alive.size > 20) alive.delete(alive.values().next().value!)
    },
  }
}
