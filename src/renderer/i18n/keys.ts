import type { firstAreas, lazyAreas } from './messageAreas'

type LazyTables = {
  [A in keyof typeof lazyAreas]: Awaited<ReturnType<(typeof lazyAreas)[A]>>['default']['ja']
}[keyof typeof lazyAreas]
type Tables = (typeof firstAreas)[number]['ja'] | LazyTables
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never

// The Japanese tree is the reference: the English one has the same keys (a test compares them).
type Japanese = Intersection<Tables>

/** The dotted paths to the messages (the leaves) of a message tree (keys may be numbers: weekdays). */
type Paths<T> = {
  [K in keyof T & (string | number)]: T[K] extends string ? `${K}` : `${K}.${Paths<T[K]>}`
}[keyof T & (string | number)]

/** Every message key of the app: a key that is not one fails the typecheck. */
export type MessageKey = Paths<Japanese>
