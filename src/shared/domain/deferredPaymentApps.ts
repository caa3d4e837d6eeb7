import type { SourceRef, SourcedText } from './malls/sources'
import type { Bilingual, DeferredPaymentApp } from './types'

/**
 * The deferred-payment apps (後払い系アプリ) a shop can tick: the one place their names are
 * written (the wizard's names derive from here). Ids and their order follow
 * `deferredPaymentApps` in types.ts. The four named ones are those the reference notice lists.
 */
export const deferredPaymentAppProfiles: { id: DeferredPaymentApp; name: Bilingual; source: SourceRef }[] = [
  { id: 'atobarai_com', name: { ja: '後払い.com', en: 'Atobarai.com' }, source: ['ne-yearEndNotice'] },
  { id: 'atodene', name: { ja: 'アトディーネ', en: 'ATODENE' }, source: ['ne-yearEndNotice'] },
  { id: 'nissen', name: { ja: 'ニッセン@払い', en: 'Nissen @barai' }, source: ['ne-yearEndNotice'] },
  {
    id: 'kuroneko',
    name: { ja: 'クロネコ代金後払いサービス', en: 'Kuroneko deferred payment (Yamato)' },
    source: ['ne-yearEndNotice'],
  },
  {
    id: 'other',
    name: { ja: 'その他の後払いアプリ', en: 'Other deferred-payment app' },
    source: 'unsourced',
  },
]

/** Why these apps matter for a closure, and the fix after it. */
export const deferredPaymentFacts: SourcedText[] = [
  {
    ja: '後払いアプリにしばらくログインしないと受注管理システムとの接続が切れ、注文が「入金待ち」のまま進まなくなることがあります。',
    en: 'When nobody logs into a deferred-payment app for a while, its link to the order system can drop and orders stay in 入金待ち (awaiting payment).',
    source: ['ne-yearEndNotice'],
  },
  {
    ja: '直すには、アプリにログインし、止まった受注伝票の作業用欄など受注処理に影響しない項目を少し変えて更新します。',
    en: 'The fix: log into the app, change a harmless field of the stuck order (a work memo, say) and save.',
    source: ['ne-yearEndNotice'],
  },
]

export function deferredPaymentAppName(id: DeferredPaymentApp): Bilingual {
  return deferredPaymentAppProfiles.find((p) => p.id === id)?.name ?? { ja: id, en: id }
}
