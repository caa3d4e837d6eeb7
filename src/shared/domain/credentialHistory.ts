import type { ExpirySource, IsoDate } from './types'

/**
 * A credential's history: one line per change of its dates or secret, kept by the store and
 * shown on the shops screen. Dates and who or what, never a secret.
 */

/** 'recompute': the app corrected an estimate after a lifetime changed (migration 006). */
export type HistoryAction = 'create' | 'update' | 'renew' | 'confirm' | 'recompute'
/** Who or what set the dates: the user on a form, the certificate file itself, or the app. */
export type HistoryActor = 'user' | 'certificate' | 'app'

/** One line of a credential's history: dates and who or what, never a secret. */
export interface CredentialHistoryEntry {
  id: number
  /** ISO instant. */
  at: string
  action: HistoryAction
  actor: HistoryActor
  oldIssuedOn: IsoDate | null
  newIssuedOn: IsoDate | null
  oldExpiresOn: IsoDate | null
  newExpiresOn: IsoDate | null
  oldExpirySource: ExpirySource | null
  newExpirySource: ExpirySource | null
  /** The secret was replaced (its value is never recorded). */
  secretChanged: boolean
  /** Free note of the user, e.g. who renewed it. */
  note: string
}
