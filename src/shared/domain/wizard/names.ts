import { deferredPaymentAppProfiles } from '../deferredPaymentApps'
import { allCredentialKinds, isCustomKind, mallProfiles } from '../malls'
import type { Bilingual, DeferredPaymentApp } from '../types'

/**
 * Display names the wizard falls back on when the caller passes none, read from the profiles
 * (malls.ts, deferredPaymentApps.ts) so that a name is written in one place only.
 */

export const fallbackMallNames: Readonly<Record<string, Bilingual>> = Object.fromEntries(
  mallProfiles.map((p) => [p.id, p.name]),
)

/** The names used inside sentences ('{shop}: check the {credential}'). */
export const fallbackCredentialKindNames: Readonly<Record<string, Bilingual>> = Object.fromEntries(
  allCredentialKinds()
    .filter((k) => !isCustomKind(k))
    .map((k) => [k.id, k.shortName]),
)

/** Names of the deferred-payment apps of types.ts (the order system's automatic links). */
export const deferredPaymentAppNames: Readonly<Record<DeferredPaymentApp, Bilingual>> = Object.fromEntries(
  deferredPaymentAppProfiles.map((p) => [p.id, p.name]),
) as Record<DeferredPaymentApp, Bilingual>
