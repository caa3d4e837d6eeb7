import type { SourceRef, SourcedText } from '../malls/sources'
import type { Bilingual } from '../types'

/**
 * The order-management systems a shop may run its orders through, as data. The reference
 * notice speaks Next Engine's language (日付自動登録, フリーメール, 受注CSV取込, メールサーバ);
 * a shop on another system needs that system's words, or honest neutral ones.
 *
 * Every term is a claim about a vendor's screens, so it carries its source. A term we could not
 * find in the vendor's public documentation is null: the steps then use neutral wording with
 * the notice's term in brackets instead of guessing.
 */

export const orderSystemIds = [
  'nextEngine',
  'crossMall',
  'goq',
  'logiless',
  'sokuhan',
  'tatempo',
  'sukeneko',
  'none',
] as const

export type OrderSystemId = (typeof orderSystemIds)[number]

/** What a system calls a screen or function, where its documentation says so. */
export interface OrderSystemTerm extends Bilingual {
  source: SourceRef
}

export interface OrderSystemTerms {
  /** Where the malls' keys and authorizations are entered. */
  apiSettings: OrderSystemTerm | null
  /** The setting that keeps automatic dates off non-business days. */
  nonBusinessDays: OrderSystemTerm | null
  /** The mail written by hand to one order. */
  freeMail: OrderSystemTerm | null
  /** Bringing orders in (upload or activation) after the closure. */
  orderImport: OrderSystemTerm | null
  /** How the automatic mails are paused to edit their templates, and resumed. */
  mailPause: { stop: OrderSystemTerm; start: OrderSystemTerm } | null
}

export interface OrderSystemProfile {
  id: OrderSystemId
  name: Bilingual
  terms: OrderSystemTerms
  /** Whether the system warns about expiring mall credentials itself, and how; null: unknown. */
  expiryWarning: OrderSystemTerm | null
  /** Which Rakuten key it connects with (a kind id of the mall profiles); null: unknown. */
  rakutenKey: { kindId: 'rakuten.licenseKey' | 'rakuten.webApiKey'; source: SourceRef } | null
  notes: SourcedText[]
}

const noTerms: OrderSystemTerms = {
  apiSettings: null,
  nonBusinessDays: null,
  freeMail: null,
  orderImport: null,
  mailPause: null,
}

export const orderSystemProfileData: readonly OrderSystemProfile[] = [
  {
    id: 'nextEngine',
    name: { ja: 'ネクストエンジン', en: 'Next Engine' },
    terms: {
      apiSettings: {
        ja: 'ネクストエンジンの 設定 → 基本 → API',
        en: 'Next Engine’s 設定 → 基本 → API',
        source: ['ne-yearEndNotice', 'ne-moreNe-licenseKey'],
      },
      nonBusinessDays: {
        ja: 'ネクストエンジンの 設定 → 受注 → 日付自動登録 の「営業日から除外する曜日・期間」',
        en: 'the “weekdays and periods excluded from business days” of Next Engine’s 設定 → 受注 → 日付自動登録',
        source: ['ne-yearEndNotice'],
      },
      freeMail: {
        ja: 'フリーメール',
        en: 'a フリーメール (free-form mail)',
        source: ['ne-yearEndNotice', 'ne-autoSendSettings'],
      },
      orderImport: {
        ja: '受注CSV取込(または受注伝票有効化)',
        en: 'the order CSV upload (受注CSV取込) or order activation (受注伝票有効化)',
        source: ['ne-yearEndNotice'],
      },
      mailPause: {
        stop: {
          ja: 'ネクストエンジンの 設定 → 受注 → メールサーバ を開き、稼働状態を「停止」にする(「開始」のままでは設定を開けません)',
          en: 'Open Next Engine’s 設定 → 受注 → メールサーバ and set it to 停止 (stopped): the settings cannot be opened while it is on 開始 (started)',
          source: ['ne-yearEndNotice'],
        },
        start: {
          ja: 'メールサーバの稼働状態を「開始」に戻す',
          en: 'Set the mail server back to 開始 (started)',
          source: ['ne-yearEndNotice'],
        },
      },
    },
    expiryWarning: {
      ja: 'ネクストエンジンは、Yahoo!の公開鍵・証明書を登録してから10か月15日たつと API 設定の画面に[要確認]の印を出します。それ以外の期限は、切れる前に知らせてくれるとは限りません。',
      en: 'Next Engine marks the API settings [要確認] 10 months and 15 days after a Yahoo! key or certificate was registered; other expiries are not necessarily announced before they lapse.',
      source: ['ne-10681'],
    },
    rakutenKey: { kindId: 'rakuten.licenseKey', source: ['ne-yearEndNotice', 'ne-moreNe-licenseKey'] },
    notes: [
      {
        ja: '楽天の WEB APIサービスのキーを更新しても、ネクストエンジンの設定を直す必要はありません(ネクストエンジンが使うのは別のキーです)。',
        en: 'Renewing Rakuten’s WEB API service key needs no change in Next Engine: it uses the other key.',
        source: ['ne-20948'],
      },
      {
        ja: '受注確認連絡メールは受注日から1週間以内、発送連絡は出荷確定日から1週間以内、フォローメールは3か月以内の注文にしか作られません。',
        en: 'Order-confirmation mails are created only within a week of the order date, shipping notices within a week of the ship confirmation, follow-up mails within three months.',
        source: ['ne-14789', 'ne-autoSendSettings'],
      },
    ],
  },
  {
    id: 'crossMall',
    name: { ja: 'CROSS MALL', en: 'CROSS MALL' },
    terms: {
      ...noTerms,
      apiSettings: {
        ja: 'CROSS MALL の システム設定 → 店舗情報(モールの店舗ごと)',
        en: 'CROSS MALL’s システム設定 → 店舗情報 (per mall shop)',
        source: ['crossmall-4416738353561', 'crossmall-16820614918425'],
      },
    },
    expiryWarning: null,
    rakutenKey: { kindId: 'rakuten.licenseKey', source: ['crossmall-16820614918425'] },
    notes: [
      {
        ja: 'CROSS MALL で楽天の SFTP パスワードやライセンスキーを入れ替えるときは、先に「注文データ受信」と「在庫データ送信」をいったん停止にします。',
        en: 'Before replacing Rakuten’s SFTP password or license key in CROSS MALL, pause 注文データ受信 (order receiving) and 在庫データ送信 (stock sending).',
        source: ['crossmall-16820614918425'],
      },
    ],
  },
  {
    id: 'goq',
    name: { ja: 'GoQSystem', en: 'GoQSystem' },
    terms: {
      ...noTerms,
      apiSettings: {
        ja: 'GoQSystem の受注管理 → 各種設定 → モール詳細設定',
        en: 'GoQSystem’s order management → 各種設定 → モール詳細設定',
        source: ['goq-659'],
      },
    },
    expiryWarning: {
      ja: 'GoQSystem は、RMS の WEB APIサービスで「ライセンス管理API」を「利用する」にしておくと、楽天のキーの期限が近いことを受注管理の画面で知らせます。',
      en: 'GoQSystem shows a notice about an expiring Rakuten key in its order screens if the license management API is switched on in RMS WEB API service.',
      source: ['goq-659'],
    },
    rakutenKey: { kindId: 'rakuten.webApiKey', source: ['goq-659'] },
    notes: [],
  },
  {
    id: 'logiless',
    name: { ja: 'LOGILESS', en: 'LOGILESS' },
    terms: {
      ...noTerms,
      apiSettings: {
        ja: 'LOGILESS の 組織設定 → 店舗 → 連携 → API設定',
        en: 'LOGILESS’s 組織設定 → 店舗 → 連携 → API設定',
        source: ['logiless-yahooPublicKey'],
      },
    },
    expiryWarning: {
      ja: 'LOGILESS は、Yahoo!の認可が切れる5日前から通知先にお知らせを送ります。',
      en: 'LOGILESS notifies its contacts from five days before a Yahoo! authorization lapses.',
      source: ['logiless-yahooPublicKey'],
    },
    rakutenKey: null,
    notes: [],
  },
  {
    id: 'sokuhan',
    name: { ja: '速販', en: 'Sokuhan' },
    terms: noTerms,
    expiryWarning: null,
    rakutenKey: { kindId: 'rakuten.licenseKey', source: ['sokuhan-rakuten'] },
    notes: [],
  },
  {
    id: 'tatempo',
    name: { ja: 'タテンポガイド', en: 'Tatempo Guide' },
    terms: noTerms,
    expiryWarning: null,
    rakutenKey: null,
    notes: [],
  },
  {
    id: 'sukeneko',
    name: { ja: '助ネコ', en: 'Sukeneko' },
    terms: noTerms,
    expiryWarning: null,
    rakutenKey: null,
    notes: [],
  },
  {
    id: 'none',
    name: { ja: '使っていない・その他', en: 'None or another system' },
    terms: noTerms,
    expiryWarning: null,
    rakutenKey: null,
    notes: [],
  },
]
