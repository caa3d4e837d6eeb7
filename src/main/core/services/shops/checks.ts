/**
 * The checks of a credential's input, made in main before anything is written: the kind for the
 * mall, the label, the secret (normalizeSecret), the meta fields and the dates (entered, or
 * estimated from the kind's lifetime).
 */
import { credentialKindsFor, estimateExpiry, isCustomKind, type CredentialKind } from '@shared/domain/malls'
import { normalizeSecret } from '@shared/domain/secretInput'
import type { IsoDate, Shop } from '@shared/domain/types'
import { AppError, appError } from '@shared/errors'
import type { Dates } from './credentialVault'
import { mallName } from './views'

export function cleanMeta(
  kind: CredentialKind,
  meta: Record<string, string> | undefined,
  keep: Record<string, string>,
) {
  const out: Record<string, string> = { ...keep }
  if (!meta) return out
  const allowed = new Set(kind.metaFields.map((f) => f.id))
  for (const [key, raw] of Object.entries(meta)) {
    if (!allowed.has(key)) {
      throw appError('unknownMeta', {}, `meta.${key}`)
    }
    const value = raw.trim()
    if (value) out[key] = value
    else delete out[key]
  }
  return out
}

export function kindForShop(shop: Shop, kindId: string): CredentialKind {
  const kind = credentialKindsFor(shop.mallId).find((k) => k.id === kindId)
  if (!kind) {
    throw appError('kindNotForMall', { mall: mallName(shop.mallId) }, 'kindId')
  }
  return kind
}

export function checkLabel(kind: CredentialKind, raw: string): string {
  const label = raw.trim()
  if (!label && isCustomKind(kind)) {
    throw appError('labelRequired', {}, 'label')
  }
  return label
}

/** The normalized secret, or null when none was given. Refuses a kind without one. */
export function checkSecret(kind: CredentialKind, raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null
  if (!kind.secret) {
    throw appError('secretNotExpected', {}, 'secret')
  }
  const checked = normalizeSecret(kind.secret, raw)
  if (!checked.ok) throw AppError.from({ ...checked.error, field: 'secret' })
  return checked.value
}

export function datesOrder(): AppError {
  return appError('datesOrder', {}, 'expiresOn')
}

export function useCertificateImport(): AppError {
  return appError('useCertificateImport', {}, 'certificatePem')
}

/** The date the mall shows wins; without it the kind's lifetime gives an estimate. */
export function resolveDates(
  kind: CredentialKind,
  issuedOn: IsoDate | null,
  expiresOn: IsoDate | null,
): Dates {
  if (expiresOn) {
    if (issuedOn && expiresOn < issuedOn) throw datesOrder()
    return { issuedOn, expiresOn, expirySource: 'entered' }
  }
  if (!issuedOn) {
    throw appError(kind.lifetime ? 'expiryOrIssueRequired' : 'expiryRequired', {}, 'expiresOn')
  }
  const estimate = estimateExpiry(kind, issuedOn)
  if (!estimate) {
    throw appError('expiryNotEstimable', {}, 'expiresOn')
  }
  return { issuedOn, expiresOn: estimate, expirySource: 'estimated' }
}
