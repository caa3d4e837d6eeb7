import type { Bilingual, Lang } from '../types'
import {
  orderSystemIds,
  orderSystemProfileData,
  type OrderSystemId,
  type OrderSystemProfile,
  type OrderSystemTerm,
} from './profiles'

export { orderSystemIds, type OrderSystemId, type OrderSystemProfile, type OrderSystemTerm }
export type { OrderSystemTerms } from './profiles'

export const orderSystemProfiles: readonly OrderSystemProfile[] = orderSystemProfileData

const byId = new Map(orderSystemProfiles.map((p) => [p.id, p]))

export const defaultOrderSystemId: OrderSystemId = 'none'

export function isOrderSystemId(id: unknown): id is OrderSystemId {
  return typeof id === 'string' && (orderSystemIds as readonly string[]).includes(id)
}

/** The profile of an id; the neutral 'none' profile for anything unknown. */
export function orderSystemProfile(id: string | null | undefined): OrderSystemProfile {
  return byId.get(id as OrderSystemId) ?? byId.get(defaultOrderSystemId)!
}

/**
 * Tokens the step catalog writes where the order system's own words belong. Each resolves to the
 * system's term when its documentation gives one, and otherwise to neutral words with the
 * reference notice's (Next Engine's) term in brackets, so a reader can still find the screen.
 */
export const orderSystemTokens = [
  'system',
  'System',
  'apiSettings',
  'nonBusinessDays',
  'freeMail',
  'freeMailShort',
  'orderImport',
  'mailStop',
  'mailStart',
  'expiryWarning',
  'rakutenKey',
] as const

export type OrderSystemToken = (typeof orderSystemTokens)[number]

const TOKEN = /\[\[os\.(\w+)\]\]/g

const neutralSystem: Bilingual = { ja: '受注管理システム', en: 'the order system' }

function systemName(p: OrderSystemProfile): Bilingual {
  return p.id === 'none' ? neutralSystem : p.name
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function neutral(p: OrderSystemProfile, token: OrderSystemToken): Bilingual {
  const s = systemName(p)
  switch (token) {
    case 'system':
    case 'System':
      return s
    case 'apiSettings':
      return {
        ja: `${s.ja}の API 設定(ネクストエンジンでは「設定 → 基本 → API」)`,
        en: `the API settings of ${s.en} (in Next Engine: 設定 → 基本 → API)`,
      }
    case 'nonBusinessDays':
      return {
        ja: `${s.ja}の、自動で入る日付から非営業日(休業日)を外す設定(ネクストエンジンでは「日付自動登録」の「営業日から除外する曜日・期間」)`,
        en: `the setting of ${s.en} that keeps automatic dates off non-business days (in Next Engine: 日付自動登録, 営業日から除外する曜日・期間)`,
      }
    case 'freeMail':
      return {
        ja: '注文ごとに書いて送るメール(ネクストエンジンでは「フリーメール」)',
        en: 'a mail written for the order (in Next Engine: フリーメール)',
      }
    case 'freeMailShort':
      return { ja: '個別のメール', en: 'a mail of your own' }
    case 'orderImport':
      return {
        ja: '受注の取り込み(ネクストエンジンでは「受注CSV取込」や「受注伝票有効化」)',
        en: 'order import (in Next Engine: 受注CSV取込 or 受注伝票有効化)',
      }
    case 'mailStop':
      return {
        ja: `${s.ja}で、自動送信メールの文面を編集できる状態にする(ネクストエンジンでは、メールサーバの稼働状態を「停止」にしてから編集します)`,
        en: `Make the automatic mail templates of ${s.en} editable (in Next Engine, set the mail server to 停止 first)`,
      }
    case 'mailStart':
      return {
        ja: '自動送信メールが送られる状態に戻す(ネクストエンジンでは、稼働状態を「開始」に戻します)',
        en: 'Let the automatic mails go out again (in Next Engine, set the mail server back to 開始)',
      }
    case 'expiryWarning':
      return {
        ja: `${s.ja}が期限を前もって知らせてくれるかは、資料で確かめられていません。このアプリの通知を頼りにしてください。`,
        en: `Whether ${s.en} warns before a credential expires could not be confirmed in its documentation: rely on this app’s reminders.`,
      }
    case 'rakutenKey':
      return {
        ja: `${s.ja}が楽天のどちらのキーを使うかは、${s.ja}の案内で確かめてください。`,
        en: `Check in the manual of ${s.en} which of the two Rakuten keys it uses.`,
      }
  }
}

const rakutenKeyPlace: Record<string, Bilingual> = {
  'rakuten.licenseKey': {
    ja: '「システム開発企業からのAPIアクセス許可設定」のキー',
    en: 'the key under システム開発企業からのAPIアクセス許可設定',
  },
  'rakuten.webApiKey': { ja: '「WEB APIサービス」のキー', en: 'the WEB APIサービス key' },
}

/** The words of one token for this system: its documented term, or the neutral fallback. */
export function orderSystemWords(p: OrderSystemProfile, token: OrderSystemToken): Bilingual {
  const s = systemName(p)
  const term = (t: OrderSystemTerm | null | undefined): Bilingual => (t ? t : neutral(p, token))
  switch (token) {
    case 'system':
      return s
    case 'System':
      return { ja: s.ja, en: capitalize(s.en) }
    case 'apiSettings':
    case 'nonBusinessDays':
    case 'freeMail':
    case 'orderImport':
      return term(p.terms[token])
    case 'freeMailShort':
      return term(p.terms.freeMail)
    case 'mailStop':
      return term(p.terms.mailPause?.stop)
    case 'mailStart':
      return term(p.terms.mailPause?.start)
    case 'expiryWarning':
      return term(p.expiryWarning)
    case 'rakutenKey': {
      if (!p.rakutenKey) return neutral(p, token)
      const place = rakutenKeyPlace[p.rakutenKey.kindId]!
      return { ja: `${s.ja}が使うのは${place.ja}です。`, en: `${capitalize(s.en)} uses ${place.en}.` }
    }
  }
}

function isToken(name: string): name is OrderSystemToken {
  return (orderSystemTokens as readonly string[]).includes(name)
}

/** Replaces the [[os.…]] tokens of a text; unknown tokens stay as they are (validateCatalog reports them). */
export function resolveOrderSystemText(text: string, lang: Lang, p: OrderSystemProfile): string {
  return text.replace(TOKEN, (whole, name: string) =>
    isToken(name) ? orderSystemWords(p, name)[lang] : whole,
  )
}

/** The token names a text uses, known or not. */
export function orderSystemTokensIn(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[1]!)
}
