import type { Bilingual, DeferredPaymentApp } from './types'

/**
 * Display names of the deferred-payment apps (後払い系アプリ) a shop can tick. Ids and their
 * order follow `deferredPaymentApps` in types.ts. These apps can lose their connection when
 * nobody logs in for a while (a long closure), leaving orders stuck in 入金待ち.
 */
export const deferredPaymentAppProfiles: { id: DeferredPaymentApp; name: Bilingual }[] = [
  { id: 'atobarai_com', name: { ja: '後払い.com', en: 'Atobarai.com' } },
  { id: 'atodene', name: { ja: 'アトディーネ', en: 'ATODENE' } },
  { id: 'nissen', name: { ja: 'ニッセン@払い', en: 'Nissen @barai' } },
  { id: 'kuroneko', name: { ja: 'クロネコ代金後払いサービス', en: 'Kuroneko deferred payment (Yamato)' } },
  { id: 'other', name: { ja: 'その他の後払いアプリ', en: 'Other deferred-payment app' } },
]

export function deferredPaymentAppName(id: DeferredPaymentApp): Bilingual {
  return deferredPaymentAppProfiles.find((p) => p.id === id)?.name ?? { ja: id, en: id }
}
