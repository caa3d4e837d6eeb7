import type { ExpiryStatus } from '@shared/domain/expiry'
import { formatDate as formatDateIn, monthDay } from '@shared/domain/dateFormat'
import { isCustomKind } from '@shared/domain/malls/kindIds'
import type { IsoDate } from '@shared/domain/types'
import type { CredentialView } from '@shared/ipc/shops'
import { ApiError } from '@renderer/api'
import { pick, type MessageKey, type TranslateFn } from '@renderer/i18n'

/** Small display helpers of the shops area, shared by its components and the dashboard panel. */

/** '2027/01/04(月)' in Japanese, 'Mon 2027/01/04' in English. */
export function formatDate(date: IsoDate, locale: string): string {
  return formatDateIn(date, locale, 'full')
}

/** '12/29' for short ranges. */
export const shortDate = (date: IsoDate): string => monthDay(date)

/** The i18n key of the badge text: the state when a closure matters, else how near the date is. */
export function statusKey(status: ExpiryStatus): MessageKey {
  if (status.state !== 'ok') return `shops.status.${status.state}`
  if (status.severity === 'critical') return 'shops.status.soon'
  if (status.severity === 'ok') return 'shops.status.ok'
  return 'shops.status.near'
}

export function badgeClass(status: ExpiryStatus): string {
  return `badge--${status.severity}`
}

/** 'あと12日' / '今日まで' / '3日前に期限切れ'. */
export function daysText(status: ExpiryStatus, t: TranslateFn): string {
  const n = status.daysLeft
  if (n === 0) return t('shops.days.today', 0)
  return n > 0 ? t('shops.days.left', n) : t('shops.days.ago', -n)
}

/** The kind's name with the free label: 'ライセンスキー「注文管理」', or the label for a custom kind. */
export function credentialTitle(view: CredentialView, locale: string): string {
  const name = pick(view.kindName, locale)
  const label = view.credential.label.trim()
  if (!label) return name
  if (isCustomKind(view.credential.kindId)) return label
  return locale === 'en' ? `${name} “${label}”` : `${name}「${label}」`
}

/** DOM id of a credential row, for `/shops?credential=<id>`. */
export function credentialAnchor(id: string): string {
  return `credential-${id}`
}

/** The texts of the picked .crt and .key (null until a file is read). */
export interface CertificateTexts {
  certificatePem: string | null
  privateKeyPem: string | null
}

/** An error found in the page itself (no round trip to main), as an i18n key. */
export interface LocalError {
  i18nKey: MessageKey
  params?: Record<string, unknown>
}

export function localError(i18nKey: MessageKey, params?: Record<string, unknown>): LocalError {
  return { i18nKey, params }
}

/**
 * The text of an error for the current language: main's bilingual message (ApiError), a
 * LocalError's message, or a plain "something went wrong". Kept as the error itself so that
 * switching the language re-renders it.
 */
export function describeError(error: unknown, t: TranslateFn, locale: string): string | null {
  if (error === null || error === undefined) return null
  if (error instanceof ApiError) return pick(error.bilingual, locale)
  if (typeof error === 'object' && 'i18nKey' in error) {
    const e = error as LocalError
    return t(e.i18nKey, e.params ?? {})
  }
  return t('shops.unexpected', {})
}
