/**
 * The checks of a credential's input, made in main before anything is written: the kind for the
 * mall, the label, the secret (normalizeSecret), the meta fields and the dates (entered, or
 * estimated from the kind's lifetime).
 */
import {
  credentialKindsFor,
  estimateExpiry,
  isCustomKind,
  type CredentialKind,
} from '../../../../shared/domain/malls'
import { normalizeSecret } from '../../../../shared/domain/secretInput'
import type { IsoDate, Shop } from '../../../../shared/domain/types'
import { AppError } from '../../../../shared/errors'
import type { Dates } from './credentialVault'
import { err } from './errors'
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
      throw err(
        'unknown_meta',
        'この種類の認証情報にはない項目が含まれています。',
        'The input holds a field this kind of credential does not have.',
        `meta.${key}`,
      )
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
    const mall = mallName(shop.mallId)
    throw err(
      'kind_not_for_mall',
      `この種類の認証情報は${mall.ja}のショップには登録できません。一覧から選んでください。`,
      `This kind of credential cannot be registered for a shop on ${mall.en}. Choose one from the list.`,
      'kindId',
    )
  }
  return kind
}

export function checkLabel(kind: CredentialKind, raw: string): string {
  const label = raw.trim()
  if (!label && isCustomKind(kind)) {
    throw err(
      'label_required',
      '何の期限か分かる名前を入力してください。',
      'Enter a name that says what expires.',
      'label',
    )
  }
  return label
}

/** The normalized secret, or null when none was given. Refuses a kind without one. */
export function checkSecret(kind: CredentialKind, raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null
  if (!kind.secret) {
    throw err(
      'secret_not_expected',
      'この種類の認証情報には、保管する秘密の値がありません。',
      'This kind of credential has no secret value to keep.',
      'secret',
    )
  }
  const checked = normalizeSecret(kind.secret, raw)
  if (!checked.ok) throw new AppError(`secret_${checked.code}`, checked.message, 'secret')
  return checked.value
}

export function datesOrder(): AppError {
  return err(
    'dates_order',
    '有効期限が発行日より前になっています。日付を確かめてください。',
    'The expiry date is before the issue date. Check the dates.',
    'expiresOn',
  )
}

export function useCertificateImport(): AppError {
  return err(
    'certificate_required',
    '証明書の期限と秘密鍵は、証明書ファイル(.crt と .key)から読み取ります。「証明書ファイルを選ぶ」から登録してください。',
    'The expiry and the private key of a certificate are read from its files (.crt and .key). Register them with “Choose certificate files”.',
    'certificatePem',
  )
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
    throw err(
      'expiry_required',
      kind.lifetime
        ? '有効期限を入力するか、発行日を入力して期限を推定してください。'
        : '有効期限を入力してください。モールの画面に出ている日付です。',
      kind.lifetime
        ? 'Enter the expiry date, or the issue date to estimate it.'
        : 'Enter the expiry date the mall shows.',
      'expiresOn',
    )
  }
  const estimate = estimateExpiry(kind, issuedOn)
  if (!estimate) {
    throw err(
      'expiry_required',
      'この種類は期限を推定できません。モールの画面に出ている有効期限を入力してください。',
      'The expiry of this kind cannot be estimated. Enter the expiry date the mall shows.',
      'expiresOn',
    )
  }
  return { issuedOn, expiresOn: estimate, expirySource: 'estimated' }
}
