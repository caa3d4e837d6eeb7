import type { Bilingual } from './types'

/**
 * One name for each thing the app talks about, in every screen, step, reminder and printout.
 * A shop owner who reads 受注確認メール on one screen and 受注確認連絡メール on the next
 * wonders whether they are two mails. An order system's own name for a thing (sourced, in
 * orderSystems/profiles.ts) may appear beside these, never instead of them.
 * tests/unit/glossary.test.ts fails when a text uses one of the `not` names.
 */
export interface GlossaryEntry extends Bilingual {
  /** Other names seen for the same thing, refused in the app's texts. */
  not: { ja: readonly string[]; en: readonly string[] }
}

export const glossary = {
  mail: {
    orderConfirmation: {
      ja: '受注確認メール',
      en: 'order confirmation mail',
      not: { ja: ['受注確認連絡メール', '注文確認メール'], en: ['order-confirmation mail'] },
    },
    shippingNotice: {
      ja: '発送通知メール',
      en: 'shipping notice',
      not: {
        ja: ['出荷連絡メール', '発送連絡メール', '出荷通知メール'],
        en: ['shipping mail', 'dispatch mail'],
      },
    },
    freeForm: {
      ja: 'フリーメール',
      en: 'free-form mail',
      not: { ja: ['手動メール'], en: ['manual mail'] },
    },
  },
  console: {
    rakuten: { ja: 'RMS', en: 'RMS', not: { ja: ['楽天管理画面'], en: [] } },
    yahoo: {
      ja: 'ストアクリエイターPro',
      en: 'Store Creator Pro',
      not: { ja: ['ストアクリエーターPro', 'ストクリ'], en: [] },
    },
    amazon: {
      ja: 'セラーセントラル',
      en: 'Seller Central',
      not: { ja: ['セラーセントラル管理画面'], en: [] },
    },
  },
  state: {
    keychain: {
      ja: 'キーの保管場所(OS のキーチェーン)',
      en: 'the place for keys (the OS keychain)',
      not: { ja: ['Secret Service: 利用できます'], en: [] },
    },
  },
} as const satisfies Record<string, Record<string, GlossaryEntry>>
