import type calendar from './areas/calendar'
import type closureNotices from './areas/closureNotices'
import type common from './areas/common'
import type facts from './areas/facts'
import type form from './areas/form'
import type reminders from './areas/reminders'
import type screens from './areas/screens'
import type shops from './areas/shops'
import type timeline from './areas/timeline'
import type wizard from './areas/wizard'

// The Japanese tree is the reference: the English one has the same keys (a test compares them).
type Japanese = (typeof common)['ja'] &
  (typeof screens)['ja'] &
  (typeof shops)['ja'] &
  (typeof calendar)['ja'] &
  (typeof reminders)['ja'] &
  (typeof wizard)['ja'] &
  (typeof timeline)['ja'] &
  (typeof facts)['ja'] &
  (typeof form)['ja'] &
  (typeof closureNotices)['ja']

/** The dotted paths to the messages (the leaves) of a message tree (keys may be numbers: weekdays). */
type Paths<T> = {
  [K in keyof T & (string | number)]: T[K] extends string ? `${K}` : `${K}.${Paths<T[K]>}`
}[keyof T & (string | number)]

/** Every message key of the app: a key that is not one fails the typecheck. */
export type MessageKey = Paths<Japanese>
