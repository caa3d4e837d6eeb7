import type { Bilingual } from '../types'

/**
 * Where the facts of the mall and order-system profiles come from. A lifetime, a limit or a
 * renewal path that nobody can look up again is a guess, so every one of them names its sources
 * here or says 'unsourced' (a test fails otherwise), and the 出典と確認日 screen lists them.
 *
 * URLs are recorded only where a page was actually found; otherwise the title alone (url null),
 * so that someone can search for it. `checkedOn` is the month the fact was last compared with
 * the page.
 */

export type SourceKind =
  /** The mall's own help or developer pages. */
  | 'mall'
  /** An order-system vendor's manual or news (they document the malls' screens in detail). */
  | 'orderSystem'
  /** Anyone else: consultants, tool makers, forums. Weaker: shown as such. */
  | 'thirdParty'
  /** Government or other official publications. */
  | 'official'

export interface FactSource {
  id: string
  /** The page's title as published (mostly Japanese). */
  title: string
  publisher: Bilingual
  kind: SourceKind
  url: string | null
  /** 'YYYY-MM'. */
  checkedOn: string
  /** What to keep in mind when reading it. */
  note?: Bilingual
}

/** The sources of one fact, or an honest 'unsourced'. */
export type SourceRef = readonly string[] | 'unsourced'

/** A sentence of the profiles together with where it comes from. */
export interface SourcedText extends Bilingual {
  source: SourceRef
}

export const FACTS_CHECKED_ON = '2026-12'

const checkedOn = FACTS_CHECKED_ON

export const factSources: readonly FactSource[] = [
  // ───────────── ネクストエンジン (the vendor of the reference notice) ─────────────
  {
    id: 'ne-yearEndNotice',
    title: '【特集】年末年始の休業前にご確認いただきたい重要ポイントをまとめました',
    publisher: { ja: 'ネクストエンジン(お知らせ)', en: 'Next Engine (news)' },
    kind: 'orderSystem',
    url: null,
    checkedOn,
    note: {
      ja: 'このアプリの手順の元になった年末年始のチェックリストです。画面の名前はネクストエンジンのものです。',
      en: 'The year-end checklist this app’s steps started from; its screen names are Next Engine’s.',
    },
  },
  {
    id: 'ne-20948',
    title: 'ネクストエンジン マニュアル ID:20948(楽天市場 ライセンスキーの更新)',
    publisher: { ja: 'ネクストエンジン(Hamee)', en: 'Next Engine (Hamee)' },
    kind: 'orderSystem',
    url: null,
    checkedOn,
  },
  {
    id: 'ne-moreNe-licenseKey',
    title: 'モアネ「ライセンスキー」がもらえる場所・使う場所(2018年7月)',
    publisher: { ja: 'ネクストエンジン(モアネ)', en: 'Next Engine (More NE blog)' },
    kind: 'orderSystem',
    url: 'https://next-engine.net/more-ne_20180703tue.html',
    checkedOn,
    note: {
      ja: '2018年の記事です。キーを受け取る画面(システム開発企業からのAPIアクセス許可設定)と、ネクストエンジンの「設定 → 基本 → API」が書かれています。',
      en: 'A 2018 article: where the key comes from (システム開発企業からのAPIアクセス許可設定) and Next Engine’s 設定 → 基本 → API.',
    },
  },
  {
    id: 'ne-10681',
    title: 'API公開鍵の更新(1年ごと)【Yahoo!ショッピング】 ID:10681',
    publisher: { ja: 'ネクストエンジン マニュアル', en: 'Next Engine manual' },
    kind: 'orderSystem',
    url: 'https://manual.next-engine.net/main/stock/stk_settei-unyou/zaiko_yahoo/10681/',
    checkedOn,
  },
  {
    id: 'ne-14789',
    title: 'ネクストエンジン マニュアル ID:14789(自動送信メールが作られる期間)',
    publisher: { ja: 'ネクストエンジン マニュアル', en: 'Next Engine manual' },
    kind: 'orderSystem',
    url: null,
    checkedOn,
  },
  {
    id: 'ne-autoSendSettings',
    title: '自動送信設定(メールを遡って作成する期間)',
    publisher: { ja: 'ネクストエンジン 旧マニュアルサイト', en: 'Next Engine (older manual site)' },
    kind: 'orderSystem',
    url: 'http://manual.ec-doc.net/operation/operation-tips/jyucyu-tips/h031/',
    checkedOn,
  },
  // ───────────────────────────── CROSS MALL ─────────────────────────────
  {
    id: 'crossmall-16820614918425',
    title: '【楽天市場】楽天SKU移行後用 SFTPパスワード変更/APIライセンスキーの変更',
    publisher: { ja: 'CROSS MALL サポート', en: 'CROSS MALL support' },
    kind: 'orderSystem',
    url: 'https://support.crossmall.jp/hc/ja/articles/16820614918425--%E6%A5%BD%E5%A4%A9%E5%B8%82%E5%A0%B4-%E6%A5%BD%E5%A4%A9SKU%E7%A7%BB%E8%A1%8C%E5%BE%8C%E7%94%A8-SFTP%E3%83%91%E3%82%B9%E3%83%AF%E3%83%BC%E3%83%89%E5%A4%89%E6%9B%B4-API%E3%83%A9%E3%82%A4%E3%82%BB%E3%83%B3%E3%82%B9%E3%82%AD%E3%83%BC%E3%81%AE%E5%A4%89%E6%9B%B4',
    checkedOn,
  },
  {
    id: 'crossmall-4416738353561',
    title: '【楽天市場】在庫更新APIエラーが発生してしまった',
    publisher: { ja: 'CROSS MALL サポート', en: 'CROSS MALL support' },
    kind: 'orderSystem',
    url: 'https://support.crossmall.jp/hc/ja/articles/4416738353561--%E6%A5%BD%E5%A4%A9%E5%B8%82%E5%A0%B4-%E5%9C%A8%E5%BA%AB%E6%9B%B4%E6%96%B0API%E3%82%A8%E3%83%A9%E3%83%BC%E3%81%8C%E7%99%BA%E7%94%9F%E3%81%97%E3%81%A6%E3%81%97%E3%81%BE%E3%81%A3%E3%81%9F',
    checkedOn,
  },
  {
    id: 'crossma-apiRakutenUpdate',
    title: 'クロスマ マニュアル「楽天市場 ライセンスキーの更新」(api-rakuten-update)',
    publisher: { ja: 'クロスマ', en: 'Crossma' },
    kind: 'orderSystem',
    url: 'https://crossma.jp/manual/api-rakuten-update',
    checkedOn,
    note: {
      ja: 'crossma.jp は「クロスマ」のマニュアルで、CROSS MALL(crossmall.jp)とは別の製品のようです。WEB APIサービスのキーについて書かれています。',
      en: 'crossma.jp is the manual of “Crossma”, apparently a product other than CROSS MALL (crossmall.jp). It is about the WEB API service key.',
    },
  },
  // ───────────────────────────── other order systems ─────────────────────────────
  {
    id: 'goq-659',
    title: '【楽天】(楽天 受注取得API)ライセンスキー更新方法(マニュアル 659)',
    publisher: { ja: 'GoQSystem マニュアル', en: 'GoQSystem manual' },
    kind: 'orderSystem',
    url: 'https://goqsystem.com/manual/659',
    checkedOn,
  },
  {
    id: 'sokuhan-rakuten',
    title: '楽天市場 APIライセンスキーの更新(速販マニュアル)',
    publisher: { ja: '速販 マニュアル', en: 'Sokuhan manual' },
    kind: 'orderSystem',
    url: 'https://manual.sokuhan.jp/renkei/mallcart/rakuten/rakuten/',
    checkedOn,
  },
  {
    id: 'sokuhan-news-20230615',
    title: 'Yahoo!ショッピング API証明書運用の廃止と公開鍵の設定について(2023-06-15 公開、7月追記)',
    publisher: { ja: '速販 お知らせ', en: 'Sokuhan news' },
    kind: 'orderSystem',
    url: 'https://news.sokuhan.jp/release2/20230615-3',
    checkedOn,
  },
  {
    id: 'sokuhan-news-20240806',
    title: 'Yahoo!ショッピング API認証が12時間で切れる場合(2024-08-06)',
    publisher: { ja: '速販 お知らせ', en: 'Sokuhan news' },
    kind: 'orderSystem',
    url: 'https://news.sokuhan.jp/ux/20240806',
    checkedOn,
  },
  {
    id: 'logiless-yahooPublicKey',
    title: 'Yahoo!ショッピング 公開鍵認証',
    publisher: { ja: 'LOGILESS サポート', en: 'LOGILESS support' },
    kind: 'orderSystem',
    url: 'https://preview-support.logiless.com/platforms/marketplace/yahoo-shopping/yahoo-shopping-api/certificate-update',
    checkedOn,
    note: {
      ja: '見つかったのはプレビュー用のアドレス(preview-support)です。',
      en: 'The address found is a preview host (preview-support).',
    },
  },
  {
    id: 'lisuto-kb',
    title: 'LISUTO ナレッジベース(楽天市場 ライセンスキーの有効期限)',
    publisher: { ja: 'LISUTO', en: 'LISUTO' },
    kind: 'orderSystem',
    url: null,
    checkedOn,
  },
  {
    id: 'ecup-help',
    title: 'EC-UP ヘルプ(channel.io):楽天 ライセンスキーの更新',
    publisher: { ja: 'EC-UP', en: 'EC-UP' },
    kind: 'thirdParty',
    url: null,
    checkedOn,
  },
  // ───────────────────────────── malls ─────────────────────────────
  {
    id: 'rms-licenseApi',
    title:
      'RMS WEB SERVICE LicenseManagementAPI license.expiryDate.get(クライアントライブラリに写された仕様)',
    publisher: { ja: '楽天 RMS API 仕様(写し)', en: 'Rakuten RMS API documentation (mirrored)' },
    kind: 'mall',
    url: null,
    checkedOn,
  },
  {
    id: 'yahoo-dev-shoppingHelp',
    title: 'Yahoo!デベロッパーネットワーク ショッピングAPI ヘルプ(公開鍵認証・よくあるご質問)',
    publisher: { ja: 'Yahoo! JAPAN', en: 'Yahoo! JAPAN' },
    kind: 'mall',
    url: 'https://developer.yahoo.co.jp/webapi/shopping/help',
    checkedOn,
  },
  {
    id: 'yconnect-faq',
    title: 'Yahoo! ID連携(YConnect)よくあるご質問:リフレッシュトークンの有効期限',
    publisher: { ja: 'Yahoo! JAPAN', en: 'Yahoo! JAPAN' },
    kind: 'mall',
    url: null,
    checkedOn,
  },
  {
    id: 'amazon-renewAuthorizations',
    title: 'Renew Authorizations',
    publisher: { ja: 'Amazon SP-API ドキュメント', en: 'Amazon SP-API documentation' },
    kind: 'mall',
    url: 'https://developer-docs.amazon.com/sp-api/docs/renew-authorizations',
    checkedOn,
  },
  {
    id: 'amazon-rotateLwa',
    title: "Rotate your Application's LWA Credentials",
    publisher: { ja: 'Amazon SP-API ドキュメント', en: 'Amazon SP-API documentation' },
    kind: 'mall',
    url: 'https://developer-docs.amazon.com/sp-api/docs/rotating-your-apps-lwa-credentials',
    checkedOn,
  },
  {
    id: 'amazon-changelog-2023-02',
    title:
      'Important: You must rotate your Login With Amazon (LWA) credentials (client secrets) for all applications every 180 days',
    publisher: { ja: 'Amazon SP-API 変更履歴(2023年2月)', en: 'Amazon SP-API changelog (February 2023)' },
    kind: 'mall',
    url: 'https://developer-docs.amazon.com/sp-api/lang-US/changelog?page=26',
    checkedOn,
  },
  {
    id: 'amazon-holidayHelp',
    title: '祝日設定の管理',
    publisher: { ja: 'Amazon セラーセントラル ヘルプ', en: 'Amazon Seller Central help' },
    kind: 'mall',
    url: 'https://sellercentral.amazon.co.jp/gp/help/external/help.html?itemID=EDSVA3D58NL292F&language=ja_JP&ref=efph_EDSVA3D58NL292F_relt_G201503640',
    checkedOn,
  },
  {
    id: 'amazon-sellerForums',
    title: 'Amazon 出品者フォーラム(休暇設定、祝日設定の反映時間)',
    publisher: { ja: 'Amazon 出品者フォーラム', en: 'Amazon seller forums' },
    kind: 'thirdParty',
    url: null,
    checkedOn,
  },
  {
    id: 'aupay-thirdParty',
    title: 'au PAY マーケット APIキーの有効期限について書かれた第三者のページ(題名は記録なし)',
    publisher: { ja: '第三者', en: 'third party' },
    kind: 'thirdParty',
    url: null,
    checkedOn,
    note: {
      ja: 'モール自身の資料は見つかっていません。',
      en: 'No page of the mall itself was found.',
    },
  },
  {
    id: 'stockcrew-qoo10',
    title: 'API連携を行うための設定(Qoo10)',
    publisher: { ja: 'stockcrew ナレッジベース', en: 'stockcrew knowledge base' },
    kind: 'thirdParty',
    url: 'https://knowledge.stockcrew.co.jp/help/apialignment/qoo10/setting',
    checkedOn,
  },
  {
    id: 'assistTencho-qoo10',
    title: 'Qoo10 API連携マニュアル',
    publisher: { ja: 'アシスト店長 FAQ', en: 'Assist Tencho FAQ' },
    kind: 'thirdParty',
    url: 'https://assist-tencho.com/faq/api/qoo10_api_manual',
    checkedOn,
  },
  {
    id: 'base-help',
    title: 'BASE ヘルプ(臨時休業日の設定)',
    publisher: { ja: 'BASE', en: 'BASE' },
    kind: 'mall',
    url: null,
    checkedOn,
  },
  // ───────────────────────────── official ─────────────────────────────
  {
    id: 'nao-rekiyoko-2027',
    title: '令和9年(2027)暦要項(2026-02-02 発表)',
    publisher: { ja: '国立天文台', en: 'National Astronomical Observatory of Japan' },
    kind: 'official',
    url: null,
    checkedOn,
  },
]

const sourceById = new Map(factSources.map((s) => [s.id, s]))

export function factSource(id: string): FactSource | undefined {
  return sourceById.get(id)
}

/** The sources a reference names, in its order ([] for 'unsourced'). */
export function sourcesOf(ref: SourceRef): FactSource[] {
  if (ref === 'unsourced') return []
  return ref.map((id) => sourceById.get(id)).filter((s): s is FactSource => s !== undefined)
}

/** Problems of a reference: unknown ids, an empty list (say 'unsourced' instead). */
export function sourceRefProblems(ref: SourceRef | undefined): string[] {
  if (ref === undefined) return ['no source']
  if (ref === 'unsourced') return []
  if (ref.length === 0) return ['empty source list (write unsourced)']
  return ref.filter((id) => !sourceById.has(id)).map((id) => `unknown source ${id}`)
}
