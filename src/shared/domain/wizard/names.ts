import type { Bilingual, DeferredPaymentApp } from '../types'

/**
 * Display names the wizard falls back on when the caller passes none. The mall profiles
 * (malls.ts) are the source of truth: pass their names to generateRunSteps() to override these.
 */

export const fallbackMallNames: Readonly<Record<string, Bilingual>> = {
  rakuten: { ja: '楽天市場', en: 'Rakuten Ichiba' },
  yahoo: { ja: 'Yahoo!ショッピング', en: 'Yahoo! Shopping' },
  ponpare: { ja: 'ポンパレモール', en: 'Ponpare Mall' },
  amazon: { ja: 'Amazon', en: 'Amazon' },
  aupay: { ja: 'au PAY マーケット', en: 'au PAY Market' },
  qoo10: { ja: 'Qoo10', en: 'Qoo10' },
  shopify: { ja: 'Shopify', en: 'Shopify' },
  base: { ja: 'BASE', en: 'BASE' },
  makeshop: { ja: 'makeshop', en: 'makeshop' },
  other: { ja: 'その他のモール', en: 'Other mall' },
}

export const fallbackCredentialKindNames: Readonly<Record<string, Bilingual>> = {
  'rakuten.licenseKey': { ja: 'ライセンスキー', en: 'license key' },
  'yahoo.authorization': { ja: 'API認可', en: 'API authorization' },
  'yahoo.publicKey': { ja: '公開鍵', en: 'public key' },
  'yahoo.certificate': { ja: 'API証明書', en: 'API certificate' },
  'ponpare.apiPassword': { ja: '受注API認証パスワード', en: 'order API password' },
  'amazon.spApi': { ja: 'SP-API認可', en: 'SP-API authorization' },
  'aupay.apiKey': { ja: 'APIキー', en: 'API key' },
  'qoo10.sellerAuthKey': { ja: '販売者認証キー', en: 'seller authentication key' },
}

/** Names of the deferred-payment apps of types.ts (the order system's automatic links). */
export const deferredPaymentAppNames: Readonly<Record<DeferredPaymentApp, Bilingual>> = {
  atobarai_com: { ja: '後払い.com', en: 'Atobarai.com' },
  atodene: { ja: 'アトディーネ', en: 'ATODENE' },
  nissen: { ja: 'ニッセン@払い', en: 'Nissen @barai' },
  kuroneko: { ja: 'クロネコ代金後払いサービス', en: 'Kuroneko deferred payment' },
  other: { ja: 'その他の後払いアプリ', en: 'other deferred-payment app' },
}
