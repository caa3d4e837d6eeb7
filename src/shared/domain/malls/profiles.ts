import type { CredentialKind, MallProfile, SecretFieldSpec } from '../malls'
import type { SourcedText } from './sources'

/**
 * The mall profiles as data. Lifetimes are defaults for a suggested expiry; the date a mall
 * shows always wins and the user can enter it. Texts are our own wording. Every lifetime,
 * limit and renewal path names its sources (./sources.ts) or says 'unsourced'.
 */

/** Days before expiry at which to remind, unless a kind says otherwise. */
export const defaultReminderThresholds: readonly number[] = [30, 14, 7, 3, 1, 0]
const yearlyThresholds = [60, 30, 14, 7, 3, 1, 0]

/** Printable ASCII without the space: catches pasted spaces and full-width characters. */
const ASCII_TOKEN = '^[\\x21-\\x7E]+$'
/** Printable ASCII with the space (passwords). */
const ASCII_WITH_SPACE = '^[\\x20-\\x7E]+$'

const copyPasteHint = (where: string, whereEn: string): SecretFieldSpec['hint'] => ({
  ja: `${where}に表示された値を、最初の1文字から最後の1文字までそのままコピーして貼り付けてください。前後の空白はこちらで取り除きます。`,
  en: `Copy the value exactly as ${whereEn} shows it, from its first to its last character. Spaces around it are removed for you.`,
})

// Experience of support desks rather than a documented rule: said so.
const copyMistakePitfall: SourcedText = {
  ja: 'いちばん多い失敗は貼り付けのミスです。先頭や末尾の1文字が欠けていたり、空白が混ざっていたりすると接続できません。',
  en: 'The most common failure is a paste mistake: a missing first or last character, or a stray space, and the connection fails.',
  source: 'unsourced',
}

const issuedOn = { ja: '発行日', en: 'Issued on' }
const authorizedOn = { ja: '認可日', en: 'Authorized on' }

const rakutenKeySecret = (where: string): SecretFieldSpec => ({
  id: 'licenseKey',
  label: { ja: 'ライセンスキー', en: 'License key' },
  kind: 'key',
  minLength: 16,
  maxLength: 256,
  pattern: '^[A-Za-z0-9_\\-]+$',
  hint: copyPasteHint(where, where),
})

// The two sites disagree (10–30 min at GoQSystem, 1–1.5 h in the Crossma manual): the app
// plans with the longer one.
const rakutenActivationPitfall: SourcedText = {
  ja: '新しいキーは発行してすぐには使えず、10分〜1時間半ほどかかります。休業前の最終営業日ぎりぎりに発行しないでください。',
  en: 'A new key starts working only 10 minutes to 1.5 hours after it is issued. Do not issue it at the last minute before the closure.',
  source: ['goq-659', 'crossma-apiRakutenUpdate'],
}

const rakutenNinetyDays = {
  ja: '3か月と書く資料(GoQSystem、速販)もありますが、3か月だと最大2日長くなるため、短いほうの90日で見積もります。正しい日付は RMS に表示されます。',
  en: 'Some manuals (GoQSystem, Sokuhan) say three months, which runs up to two days longer; the app estimates the shorter 90 days. RMS shows the true date.',
}

// ───────────────────────────── 楽天市場 ─────────────────────────────

/**
 * The key RMS issues per order-system product under システム開発企業からのAPIアクセス許可設定.
 * The id predates the second Rakuten key and stays as it is: every stored credential uses it.
 */
const rakutenLicenseKey: CredentialKind = {
  id: 'rakuten.licenseKey',
  mallId: 'rakuten',
  name: { ja: 'ライセンスキー', en: 'License key' },
  shortName: { ja: 'ライセンスキー', en: 'license key' },
  choiceLabel: { ja: 'システム開発企業からのAPIアクセス許可設定', en: 'API access for system developers' },
  choiceHint: {
    ja: 'ネクストエンジン・CROSS MALL・速販など、多くの受注管理システムが使うキーです。RMS の「システム開発企業からのAPIアクセス許可設定」に製品ごとに並んでいます。',
    en: 'The key most order systems use (Next Engine, CROSS MALL, Sokuhan, …). RMS lists it per product under システム開発企業からのAPIアクセス許可設定.',
  },
  secret: rakutenKeySecret('RMS'),
  lifetime: { days: 90 },
  lifetimeSource: ['ne-20948', 'ne-moreNe-licenseKey', 'lisuto-kb'],
  lifetimeNote: rakutenNinetyDays,
  expirySource: 'estimatedOrEntered',
  issuedLabel: issuedOn,
  whereToSeeDate: {
    ja: 'RMS のメインメニューで 拡張サービス一覧(画面によっては 店舗様向け情報・サービス)→ 各種申請・設定変更 → システム開発企業からのAPIアクセス許可設定 を開くと、利用製品一覧に製品ごとの有効期限が出ます。',
    en: 'In RMS, open 拡張サービス一覧 (on some screens 店舗様向け情報・サービス) → 各種申請・設定変更 → システム開発企業からのAPIアクセス許可設定. The product list shows each product’s expiry date.',
  },
  renewalSteps: {
    ja: [
      'RMS にログインし、拡張サービス一覧(画面によっては 店舗様向け情報・サービス)→ 各種申請・設定変更 → システム開発企業からのAPIアクセス許可設定 を開きます。',
      '利用製品一覧で受注管理システムの行を探し、有効期限の横の[確認](画面によっては[詳細])を押します。',
      'ライセンス情報の画面で[新しいキーを発行]を押し、確認が出たら OK を選びます。',
      '表示された新しいキーをコピーし、受注管理システムの API 設定(楽天市場の店舗)に貼り付けて保存します。',
      '10分〜1時間半ほどたってから、受注の取り込みが動いているか確かめます。',
      'このアプリに新しい発行日か有効期限を入力します。',
    ],
    en: [
      'Log in to RMS and open 拡張サービス一覧 (on some screens 店舗様向け情報・サービス) → 各種申請・設定変更 → システム開発企業からのAPIアクセス許可設定.',
      'Find your order system in the product list and press [確認] (on some screens [詳細]) next to its expiry date.',
      'On the license screen press [新しいキーを発行] (issue a new key) and confirm with OK.',
      'Copy the new key and paste it into the API settings of your order system (the Rakuten shop), then save.',
      'After 10 minutes to 1.5 hours, check that orders are imported again.',
      'Enter the new issue date or expiry date in this app.',
    ],
  },
  renewalSource: ['ne-yearEndNotice', 'sokuhan-rakuten', 'crossmall-16820614918425'],
  pitfalls: [
    rakutenActivationPitfall,
    copyMistakePitfall,
    {
      ja: '期限より前に新しいキーを発行しても、古いキーは自分の期限まで使えます。早めに発行して損はありません。',
      en: 'Issuing a new key early costs nothing: the old key keeps working until its own expiry date.',
      source: ['ne-yearEndNotice', 'sokuhan-rakuten'],
    },
    {
      ja: '同時に有効にできるキーは2つまでです。続けて何度も発行せず、新しいキーを受注管理システムに入れてから古いキーの期限を待ちます。',
      en: 'At most two keys can be valid at the same time. Do not issue key after key: put the new one into the order system and let the old one run out.',
      source: ['ecup-help'],
    },
    {
      ja: '利用製品一覧で受注管理システムの行が「利用中 更新あり」になっていたら、[アップデート]を押して済ませる必要があります。',
      en: 'If your order system’s row in the product list says 「利用中 更新あり」 (in use, update available), it needs [アップデート] (update) pressed.',
      source: ['ecup-help'],
    },
  ],
  activationBufferBusinessDays: 1,
  advanceNotice: {
    ja: '期限のおよそ1週間前(5日前と書く資料もあります)に、楽天からお知らせメールが届きます。',
    en: 'Rakuten mails a reminder about a week before the expiry date (some write five days).',
    source: ['sokuhan-rakuten', 'ne-20948', 'ecup-help'],
  },
  renewalLead: 'weekBefore',
  legacy: null,
  labelHint: null,
  metaFields: [],
  reminderThresholds: [...defaultReminderThresholds],
}

/** The shop's own key of RMS WEB APIサービス (GoQSystem and the shop's own tools use it). */
const rakutenWebApiKey: CredentialKind = {
  id: 'rakuten.webApiKey',
  mallId: 'rakuten',
  name: { ja: 'WEB APIサービスのライセンスキー', en: 'WEB API service license key' },
  shortName: { ja: 'WEB APIサービスのライセンスキー', en: 'WEB API service license key' },
  choiceLabel: { ja: '店舗の WEB APIサービス', en: 'the shop’s WEB API service' },
  choiceHint: {
    ja: '店舗が自分で申し込む WEB APIサービスのキーです。GoQSystem や自作のツールが使います。ネクストエンジンはこのキーを使わないので、更新してもネクストエンジン側を直す必要はありません。',
    en: 'The key of the shop’s own WEB API service subscription, used by GoQSystem and the shop’s own tools. Next Engine does not use it: renewing it needs no change there.',
  },
  secret: rakutenKeySecret('RMS'),
  lifetime: { days: 90 },
  lifetimeSource: ['goq-659', 'crossma-apiRakutenUpdate', 'rms-licenseApi'],
  lifetimeNote: rakutenNinetyDays,
  expirySource: 'estimatedOrEntered',
  issuedLabel: issuedOn,
  whereToSeeDate: {
    ja: 'RMS の 店舗様向け情報・サービス → WEB APIサービス → 利用設定の[WEB API]→[ライセンスキーの確認・変更]で、キーと有効期限を確かめられます。',
    en: 'In RMS, 店舗様向け情報・サービス → WEB APIサービス → [WEB API] under 利用設定 → [ライセンスキーの確認・変更] shows the key and its expiry.',
  },
  renewalSteps: {
    ja: [
      'RMS にログインし、店舗様向け情報・サービス → WEB APIサービス を開きます。',
      '利用設定の[WEB API]を開き、[ライセンスキーの確認・変更]を押します(ロボットでないことの確認が出ます)。',
      '[新しいライセンスキーを発行]を押し、表示されたキーを控えます。',
      'このキーを使っているツール(GoQSystem のモール詳細設定など)に貼り付けて保存します。',
      '10分〜1時間半ほどたってから、取り込みが動いているか確かめます。',
      'このアプリに新しい発行日か有効期限を入力します。',
    ],
    en: [
      'Log in to RMS and open 店舗様向け情報・サービス → WEB APIサービス.',
      'Open [WEB API] under 利用設定 and press [ライセンスキーの確認・変更] (a robot check appears).',
      'Press [新しいライセンスキーを発行] (issue a new license key) and note the key shown.',
      'Paste it into every tool that uses it (GoQSystem’s mall settings, for instance) and save.',
      'After 10 minutes to 1.5 hours, check that imports run again.',
      'Enter the new issue date or expiry date in this app.',
    ],
  },
  renewalSource: ['goq-659', 'crossma-apiRakutenUpdate'],
  pitfalls: [
    rakutenActivationPitfall,
    copyMistakePitfall,
    {
      ja: 'このキーとは別に、受注管理システムごとのキー(システム開発企業からのAPIアクセス許可設定)があります。どちらを使っているか、受注管理システムの案内で確かめてください。',
      en: 'Apart from this key there is a key per order-system product (システム開発企業からのAPIアクセス許可設定). Check in your order system’s manual which one it uses.',
      source: ['ne-20948', 'goq-659'],
    },
  ],
  activationBufferBusinessDays: 1,
  advanceNotice: {
    ja: '期限が近づくと楽天からお知らせメールが届きます。',
    en: 'Rakuten mails a reminder when the expiry draws near.',
    source: ['goq-659'],
  },
  renewalLead: 'weekBefore',
  legacy: null,
  labelHint: null,
  metaFields: [],
  reminderThresholds: [...defaultReminderThresholds],
}

const rakutenSftpPassword: CredentialKind = {
  id: 'rakuten.sftpPassword',
  mallId: 'rakuten',
  name: { ja: 'SFTP(FTP)パスワード', en: 'SFTP (FTP) password' },
  shortName: { ja: 'SFTP パスワード', en: 'SFTP password' },
  choiceLabel: null,
  choiceHint: {
    ja: '商品の一括登録や在庫の送信に SFTP(FTP)を使っている場合のパスワードです。',
    en: 'The password for SFTP (FTP), when items are uploaded or stock is sent that way.',
  },
  secret: {
    id: 'password',
    label: { ja: 'SFTP パスワード', en: 'SFTP password' },
    kind: 'password',
    minLength: 8,
    maxLength: 128,
    pattern: ASCII_WITH_SPACE,
    hint: {
      ja: 'RMS で設定したパスワードを、そのまま入力してください。',
      en: 'Enter the password exactly as set in RMS.',
    },
  },
  lifetime: null,
  lifetimeSource: 'unsourced',
  lifetimeNote: {
    ja: 'このパスワードにも有効期限がありますが、その長さは確かな資料で確認できていません。RMS に表示される期限を入力してください。',
    en: 'This password expires too, but how long it lasts was not found in a reliable source. Enter the expiry RMS shows.',
  },
  expirySource: 'entered',
  issuedLabel: { ja: '変更日', en: 'Changed on' },
  whereToSeeDate: {
    ja: 'RMS の FTP(SFTP)用パスワードの変更画面で確かめてください(画面の場所は資料で確認できていません)。',
    en: 'Check the FTP (SFTP) password screen of RMS (where it sits was not confirmed in a source).',
  },
  renewalSteps: {
    ja: [
      'RMS で FTP(SFTP)用パスワードの変更画面を開きます。',
      '新しいパスワードを決めて変更します(使える文字と長さは画面の案内に従います)。',
      '受注管理システムの SFTP の設定に新しいパスワードを入れて保存します。',
      '出品や在庫の送信が動いているか確かめます。',
      'このアプリに新しい有効期限を入力します。',
    ],
    en: [
      'Open the FTP (SFTP) password screen in RMS.',
      'Choose a new password and change it (follow the screen on allowed characters and length).',
      'Enter the new password in the SFTP settings of your order system and save.',
      'Check that listing and stock updates run.',
      'Enter the new expiry date in this app.',
    ],
  },
  renewalSource: ['crossmall-16820614918425'],
  pitfalls: [
    {
      ja: 'SFTP パスワードが切れると出品の処理が止まり、在庫を SFTP で送っている場合は在庫の送信も止まります。',
      en: 'When the SFTP password lapses, listing stops, and so does the stock upload where stock is sent over SFTP.',
      source: ['crossmall-16820614918425'],
    },
  ],
  activationBufferBusinessDays: 0,
  advanceNotice: null,
  renewalLead: 'weekBefore',
  legacy: null,
  labelHint: null,
  metaFields: [],
  reminderThresholds: [...defaultReminderThresholds],
}

// ─────────────────────────── Yahoo!ショッピング ───────────────────────────

const yahooAuthorization: CredentialKind = {
  id: 'yahoo.authorization',
  mallId: 'yahoo',
  name: { ja: 'API 認可(機能ごと)', en: 'API authorization (per function)' },
  shortName: { ja: 'API認可', en: 'API authorization' },
  choiceLabel: null,
  choiceHint: null,
  secret: null,
  lifetime: { days: 28 },
  lifetimeSource: ['yahoo-dev-shoppingHelp', 'yconnect-faq', 'sokuhan-news-20240806'],
  lifetimeNote: {
    ja: 'リフレッシュトークンの有効期間 2,419,200 秒(28日)です。公開鍵とそのバージョンが登録されていなければ12時間です。',
    en: 'The refresh token lasts 2,419,200 seconds (28 days); without a registered public key and its version, 12 hours.',
  },
  expirySource: 'estimatedOrEntered',
  issuedLabel: authorizedOn,
  whereToSeeDate: {
    ja: '受注管理システムの API 設定(Yahoo!ショッピングの店舗)で、認可した日時と機能ごとの残り期間を見られます(ネクストエンジンでは「4週間認可中」などと出ます)。',
    en: 'The API settings of your order system (the Yahoo! shop) show when you authorized and how long each function stays authorized (Next Engine shows e.g. “4週間認可中”).',
  },
  renewalSteps: {
    ja: [
      '受注管理システムの API 設定を開き、Yahoo!ショッピングの店舗を選びます。',
      '認可し直すボタンを押します(ネクストエンジンでは認可状況の横の[Y!ログイン])。',
      'ストアクリエイターPro の「注文管理権限」を持っている Yahoo! JAPAN ID でログインします。',
      '「データ連携」の画面で[同意してはじめる]を押します。',
      '機能ごとの認可期間が新しくなったのを確かめ、このアプリに認可日を入力します。',
    ],
    en: [
      'Open the API settings of your order system and select the Yahoo! Shopping shop.',
      'Press the button that authorizes again (in Next Engine: [Y!ログイン] next to the authorization status).',
      'Log in with a Yahoo! JAPAN ID that holds the order-management permission (注文管理権限) of Store Creator Pro.',
      'On the data-connection screen (データ連携), press [同意してはじめる] (agree and start).',
      'Check that each function shows a fresh authorization period, then enter the authorization date in this app.',
    ],
  },
  renewalSource: ['ne-yearEndNotice'],
  pitfalls: [
    {
      ja: '公開鍵とそのバージョンの両方が登録されていないと、認可は12時間しかもちません。公開鍵の期限もあわせて確かめてください。',
      en: 'Unless both the public key and its version are registered, an authorization lasts only 12 hours. Check the public key’s expiry as well.',
      source: ['yahoo-dev-shoppingHelp', 'sokuhan-news-20230615'],
    },
    {
      ja: '注文管理権限のない ID でログインすると、認可できません。',
      en: 'Logging in with an ID that lacks the order-management permission does not authorize anything.',
      source: ['ne-yearEndNotice'],
    },
    {
      ja: '期限の前に認可し直しても問題はなく、その日からまた28日使えます。休業の直前にまとめて認可し直すと安心です。',
      en: 'Re-authorizing early does no harm and starts another 28 days. Re-authorizing every function just before the closure is the safe choice.',
      source: ['ne-yearEndNotice', 'yahoo-dev-shoppingHelp'],
    },
  ],
  activationBufferBusinessDays: 0,
  advanceNotice: null,
  renewalLead: 'weekBefore',
  legacy: null,
  labelHint: {
    ja: '機能ごとに分けて登録できます(例: 注文管理、商品・在庫)。',
    en: 'Register one per function if you like (e.g. orders, items and stock).',
  },
  metaFields: [],
  reminderThresholds: [14, 7, 3, 1, 0],
}

const yahooPublicKey: CredentialKind = {
  id: 'yahoo.publicKey',
  mallId: 'yahoo',
  name: { ja: '公開鍵', en: 'Public key' },
  shortName: { ja: '公開鍵', en: 'public key' },
  choiceLabel: null,
  choiceHint: null,
  secret: null,
  lifetime: { months: 12 },
  lifetimeSource: ['ne-10681', 'sokuhan-news-20240806', 'logiless-yahooPublicKey'],
  lifetimeNote: null,
  expirySource: 'estimatedOrEntered',
  issuedLabel: issuedOn,
  whereToSeeDate: {
    ja: 'ストアクリエイターPro の 設定 → 暗号鍵管理(資料によっては 組織設定 → 暗号鍵管理)で、公開鍵のバージョンと有効期限を確かめられます。',
    en: 'In Store Creator Pro, 設定 → 暗号鍵管理 (key management; some manuals say 組織設定 → 暗号鍵管理) shows each public key’s version and expiry.',
  },
  renewalSteps: {
    ja: [
      'ストアクリエイターPro にログインし、設定 → 暗号鍵管理 を開きます(ツール管理権限のある ID が必要です)。',
      '[公開鍵発行]で新しい公開鍵を発行します。',
      '切れた鍵や使わなくなる鍵を「無効」にし、新しい鍵を「有効」にします(有効にできるのは2つまで)。',
      '新しい鍵を[コピー]で写し、そのバージョンも控えます。',
      '受注管理システムの API 設定(Yahoo!ショッピングの店舗)に、公開鍵とバージョンの両方を登録して保存します。',
      'このアプリに発行日(または期限)とバージョンを入力します。',
    ],
    en: [
      'Log in to Store Creator Pro and open 設定 → 暗号鍵管理 (key management); an ID with the tool-management permission is needed.',
      'Issue a new public key with [公開鍵発行].',
      'Set expired or retiring keys to 無効 (inactive) and the new key to 有効 (active): at most two can be active.',
      'Copy the new key with [コピー] and note its version.',
      'Register both the public key and its version in the API settings of your order system (the Yahoo! shop), then save.',
      'Enter the issue date (or the expiry date) and the version in this app.',
    ],
  },
  renewalSource: ['ne-10681', 'sokuhan-news-20240806', 'logiless-yahooPublicKey'],
  pitfalls: [
    {
      ja: 'バージョンも一緒に登録しないと、API 認可は12時間しかもちません。',
      en: 'Without its version registered as well, API authorizations last only 12 hours.',
      source: ['sokuhan-news-20230615', 'yahoo-dev-shoppingHelp'],
    },
    {
      ja: '同時に「有効」にできる公開鍵は2つまでです。新しい鍵を有効にする前に、切れた鍵を無効にします。',
      en: 'At most two public keys can be active at once. Set expired ones to inactive before activating a new one.',
      source: ['sokuhan-news-20240806', 'ne-10681'],
    },
    {
      ja: '公開鍵は[コピー]ボタンで写し、前後の「-----BEGIN PUBLIC KEY-----」「-----END PUBLIC KEY-----」の行も消さずに貼り付けます。',
      en: 'Copy the key with the [コピー] button and paste it whole, keeping the “-----BEGIN PUBLIC KEY-----” and “-----END PUBLIC KEY-----” lines.',
      source: ['sokuhan-news-20230615'],
    },
    {
      ja: '公開鍵は店舗ごとに発行します。Yahoo!ショッピングに複数の店舗があれば、店舗ごとに登録してください。',
      en: 'A public key is issued per store: with several Yahoo! stores, register one for each.',
      source: ['sokuhan-news-20240806'],
    },
    {
      ja: '2023年7月27日から、以前の API 証明書(.crt と .key)に代わってこの公開鍵の方式になりました。古い手順の資料に注意してください。',
      en: 'Since 2023-07-27 this public key replaces the old API certificate (.crt and .key). Beware of instructions written for the old way.',
      source: ['sokuhan-news-20230615', 'logiless-yahooPublicKey'],
    },
  ],
  activationBufferBusinessDays: 0,
  advanceNotice: {
    ja: '期限の1〜2か月前に、Yahoo! からツール管理権限を持つアカウントあてに2回メールが届きます。',
    en: 'Yahoo! mails twice, one to two months before the expiry, to the accounts holding the tool-management permission.',
    source: ['ne-10681'],
  },
  renewalLead: 'monthBefore',
  legacy: null,
  labelHint: null,
  metaFields: [{ id: 'version', label: { ja: 'バージョン', en: 'Version' } }],
  reminderThresholds: [...yearlyThresholds],
}

const yahooCertificate: CredentialKind = {
  id: 'yahoo.certificate',
  mallId: 'yahoo',
  name: { ja: 'API 証明書(旧方式)', en: 'API certificate (old method)' },
  shortName: { ja: 'API証明書(旧方式)', en: 'API certificate (old method)' },
  choiceLabel: { ja: '2023年7月に終了', en: 'ended July 2023' },
  choiceHint: {
    ja: 'まだ証明書(.crt と .key)を登録している店舗の記録用です。新しく連携するなら公開鍵を登録してください。',
    en: 'For shops that still hold a certificate (.crt and .key). For a new connection, register a public key instead.',
  },
  secret: {
    id: 'privateKey',
    label: { ja: '秘密鍵(.key)', en: 'Private key (.key)' },
    kind: 'privateKey',
    minLength: 64,
    maxLength: 20000,
    hint: {
      ja: '.key ファイルをテキストとして開き、「-----BEGIN」の行から「-----END」の行までをすべて貼り付けてください。',
      en: 'Open the .key file as text and paste everything from the “-----BEGIN” line to the “-----END” line.',
    },
  },
  lifetime: { months: 12 },
  lifetimeSource: ['ne-10681'],
  lifetimeNote: {
    ja: '期限は証明書ファイルに書かれている日付が正しく、このアプリはそれを読み取ります。',
    en: 'The date written in the certificate file is the true one, and this app reads it.',
  },
  expirySource: 'certificate',
  issuedLabel: { ja: 'ダウンロード日', en: 'Downloaded on' },
  whereToSeeDate: {
    ja: '期限は証明書(.crt)ファイルの中に書かれていて、このアプリで読み取れます。',
    en: 'The expiry is written inside the certificate (.crt) file and this app can read it.',
  },
  renewalSteps: {
    ja: [
      '証明書はもう更新できません。ストアクリエイターPro の 設定 → 暗号鍵管理 で公開鍵を発行します。',
      '受注管理システムの API 設定(Yahoo!ショッピングの店舗)に、公開鍵とそのバージョンを登録して保存します。',
      '受注の取り込みが動いているか確かめます。',
      'このアプリに公開鍵を登録し、この証明書の記録は削除します。',
    ],
    en: [
      'The certificate can no longer be renewed. Issue a public key in Store Creator Pro under 設定 → 暗号鍵管理.',
      'Register the public key and its version in the API settings of your order system (the Yahoo! shop) and save.',
      'Check that orders are imported.',
      'Register the public key in this app and delete this certificate’s record.',
    ],
  },
  renewalSource: ['sokuhan-news-20230615', 'ne-10681'],
  pitfalls: [
    {
      ja: 'Yahoo! は2023年7月27日に証明書の方式を終えました。ストアクリエイターPro の[API証明書ダウンロード]を使う古い手順は、もう使えません。',
      en: 'Yahoo! ended the certificate method on 2023-07-27. The old steps with [API証明書ダウンロード] in Store Creator Pro no longer apply.',
      source: ['sokuhan-news-20230615', 'logiless-yahooPublicKey'],
    },
  ],
  activationBufferBusinessDays: 0,
  advanceNotice: null,
  renewalLead: 'weekBefore',
  legacy: {
    endedOn: '2023-07-27',
    replacedBy: 'yahoo.publicKey',
    note: {
      ja: 'Yahoo! は2023年7月27日に API 証明書(.crt と .key)の方式を終え、公開鍵の方式に移りました。証明書を登録したままの記録のために残してあります。',
      en: 'Yahoo! ended the API certificate (.crt and .key) on 2023-07-27 and moved to public keys. The kind stays for records that still hold a certificate.',
    },
    source: ['sokuhan-news-20230615', 'logiless-yahooPublicKey'],
  },
  labelHint: null,
  metaFields: [{ id: 'subject', label: { ja: '証明書の発行先', en: 'Certificate subject' } }],
  reminderThresholds: [...yearlyThresholds],
}

// ───────────────────────────── ポンパレモール ─────────────────────────────

const ponpareApiPassword: CredentialKind = {
  id: 'ponpare.apiPassword',
  mallId: 'ponpare',
  name: { ja: '受注API認証パスワード', en: 'Order API password' },
  shortName: { ja: '受注API認証パスワード', en: 'order API password' },
  choiceLabel: null,
  choiceHint: null,
  secret: {
    id: 'password',
    label: { ja: '受注API認証パスワード', en: 'Order API password' },
    kind: 'password',
    minLength: 6,
    maxLength: 128,
    pattern: ASCII_WITH_SPACE,
    hint: {
      ja: 'ポンパレモールManager で設定したパスワードを、そのまま入力してください。',
      en: 'Enter the password exactly as set in ポンパレモールManager.',
    },
  },
  lifetime: null,
  lifetimeSource: ['ne-yearEndNotice'],
  lifetimeNote: {
    ja: '期限はモールが決め、ポンパレモールManager に表示されます。このアプリでは推定しません。',
    en: 'The mall sets the expiry and ポンパレモールManager shows it; this app does not estimate it.',
  },
  expirySource: 'entered',
  issuedLabel: { ja: '変更日', en: 'Changed on' },
  whereToSeeDate: {
    ja: 'ポンパレモールManager の 各種申請 → WebAPI利用申請 → WebAPIサービスユーザの設定 に、API認証パスワードの有効期限が出ています。',
    en: 'In ポンパレモールManager, 各種申請 → WebAPI利用申請 → WebAPIサービスユーザの設定 shows the expiry of the API password.',
  },
  renewalSteps: {
    ja: [
      'ポンパレモールManager にログインし、メインメニューの「各種申請」から[WebAPI利用申請]を開きます。',
      '[WebAPIサービスユーザの設定]を開き、API認証パスワードの有効期限を確かめます。',
      '期限が近ければ[パスワードの変更]で新しいパスワードにします。',
      '受注管理システムの API 設定(ポンパレモールの店舗)の「受注API認証パスワード」に新しいパスワードを入れて保存します。',
      'このアプリに、画面に出ている新しい有効期限を入力します。',
    ],
    en: [
      'Log in to ポンパレモールManager and open [WebAPI利用申請] under 各種申請 in the main menu.',
      'Open [WebAPIサービスユーザの設定] and read the expiry of the API password.',
      'If it is near, set a new password with [パスワードの変更].',
      'Enter the new password in the order API password field of your order system (the Ponpare shop) and save.',
      'Enter the new expiry date shown by the mall in this app.',
    ],
  },
  renewalSource: ['ne-yearEndNotice'],
  pitfalls: [
    {
      ja: '期限はモールが決めるので、このアプリでは推定しません。モールの画面に出ている日付を入力してください。',
      en: 'The mall sets the expiry, so this app does not estimate it: enter the date the mall shows.',
      source: ['ne-yearEndNotice'],
    },
    {
      ja: 'パスワードを変えたら、受注管理システムにも同じものを必ず入れ直してください。',
      en: 'After changing the password, always enter the same one in your order system.',
      source: ['ne-yearEndNotice'],
    },
  ],
  activationBufferBusinessDays: 0,
  advanceNotice: null,
  renewalLead: 'weekBefore',
  legacy: null,
  labelHint: null,
  metaFields: [],
  reminderThresholds: [...defaultReminderThresholds],
}

// ───────────────────────────── Amazon ─────────────────────────────

const amazonSpApi: CredentialKind = {
  id: 'amazon.spApi',
  mallId: 'amazon',
  name: { ja: 'SP-API の認可', en: 'SP-API authorization' },
  shortName: { ja: 'SP-API認可', en: 'SP-API authorization' },
  choiceLabel: { ja: '受注管理システムなどの公開アプリ', en: 'public app such as an order system' },
  choiceHint: {
    ja: '受注管理システムなど、Amazon が公開しているアプリに出した認可です。自社で作ったアプリなら「LWA クライアントシークレット」を選んでください。',
    en: 'The authorization given to a public app such as your order system. For an app your company built itself, choose “LWA client secret”.',
  },
  secret: null,
  lifetime: { days: 365 },
  lifetimeSource: ['amazon-renewAuthorizations'],
  lifetimeNote: {
    ja: '365日ごとの再認可は、公開アプリの認可に求められます。',
    en: 'Re-authorizing every 365 days is required for the authorization of a public app.',
  },
  expirySource: 'estimatedOrEntered',
  issuedLabel: authorizedOn,
  whereToSeeDate: {
    ja: 'セラーセントラルの アプリとサービス → アプリを管理 で、アプリごとの認可の期限を見られます。',
    en: 'In Seller Central, Apps and Services → Manage your apps shows each app’s authorization expiry.',
  },
  renewalSteps: {
    ja: [
      'セラーセントラルにログインします。',
      'アプリとサービス → アプリを管理 を開きます。',
      '受注管理システムのアプリを探し、[再認可](Re-Authorize)を選びます。',
      '求められるデータへのアクセスを確かめて承認し、受注管理システム側のログインがあれば最後まで済ませます。',
      'このアプリに認可日か新しい期限を入力します。',
    ],
    en: [
      'Log in to Seller Central.',
      'Open Apps and Services → Manage your apps.',
      'Find your order system’s app and choose Re-Authorize.',
      'Review and accept the data access it asks for, and finish the order system’s own sign-in if it asks for one.',
      'Enter the authorization date or the new expiry date in this app.',
    ],
  },
  renewalSource: ['amazon-renewAuthorizations'],
  pitfalls: [
    {
      ja: '受注管理システムによっては、認可の期限を何も知らせてくれません。',
      en: 'Some order systems give no warning at all before the authorization ends.',
      source: 'unsourced',
    },
  ],
  activationBufferBusinessDays: 0,
  advanceNotice: {
    ja: '期限のおよそ30日前に Amazon から再認可のお知らせが届きます。',
    en: 'Amazon sends a re-authorization notice about 30 days before the expiry date.',
    source: 'unsourced',
  },
  renewalLead: 'monthBefore',
  legacy: null,
  labelHint: null,
  metaFields: [],
  reminderThresholds: [...defaultReminderThresholds],
}

const amazonLwaSecret: CredentialKind = {
  id: 'amazon.lwaClientSecret',
  mallId: 'amazon',
  name: { ja: 'LWA クライアントシークレット', en: 'LWA client secret' },
  shortName: { ja: 'LWA クライアントシークレット', en: 'LWA client secret' },
  choiceLabel: { ja: '自社で開発したアプリ', en: 'self-developed app' },
  choiceHint: {
    ja: '自社で SP-API のアプリを作っている場合、そのアプリの LWA クライアントシークレットは180日ごとに入れ替え(ローテーション)が必要です。',
    en: 'If your company built its own SP-API app, its LWA client secret must be rotated every 180 days.',
  },
  secret: {
    id: 'clientSecret',
    label: { ja: 'クライアントシークレット', en: 'Client secret' },
    kind: 'key',
    minLength: 16,
    maxLength: 512,
    pattern: ASCII_TOKEN,
    hint: copyPasteHint('開発者の画面', 'the developer console'),
  },
  lifetime: { days: 180 },
  lifetimeSource: ['amazon-rotateLwa', 'amazon-changelog-2023-02'],
  lifetimeNote: {
    ja: '期限の90日前から Amazon のお知らせが届きます。期限までに入れ替えないと、アプリから SP-API を呼べなくなります。',
    en: 'Amazon notifies 90 days before the deadline; without a rotation by then, the app can no longer call the SP-API.',
  },
  expirySource: 'estimatedOrEntered',
  issuedLabel: { ja: '入れ替えた日', en: 'Rotated on' },
  whereToSeeDate: {
    ja: 'Solution Provider Portal(セラーセントラルでは アプリとサービス → アプリの開発)のアプリ一覧の「LWA 認証情報」の欄に、期限の警告が出ます。',
    en: 'In the Solution Provider Portal (in Seller Central: Apps and Services → Develop Apps), the LWA credentials column of the app list shows the expiry alert.',
  },
  renewalSteps: {
    ja: [
      'アカウントの主ユーザーで Solution Provider Portal(セラーセントラルでは アプリとサービス → アプリの開発)にログインします。',
      'アプリの「LWA 認証情報」の欄で[表示]を選びます。',
      '[シークレットをローテーション](Rotate secret)で新しいシークレットを作ります。',
      'アプリの設定に新しいシークレットを入れて、SP-API が呼べるか確かめます。',
      'このアプリに入れ替えた日を入力します(期限はその180日後と見積もります)。',
    ],
    en: [
      'Sign in to the Solution Provider Portal as the account’s primary user (in Seller Central: Apps and Services → Develop Apps).',
      'In the app’s LWA credentials column, choose View.',
      'Create a new secret with Rotate secret.',
      'Put the new secret into your app’s settings and check that SP-API calls work.',
      'Enter the rotation date in this app (the next deadline is estimated 180 days later).',
    ],
  },
  renewalSource: ['amazon-rotateLwa'],
  pitfalls: [
    {
      ja: 'シークレットを入れ替えても、出品者の再認可やリフレッシュトークンの取り直しは要りません。',
      en: 'Rotating the secret needs no re-authorization by the seller and no new refresh token.',
      source: ['amazon-rotateLwa'],
    },
    copyMistakePitfall,
  ],
  activationBufferBusinessDays: 0,
  advanceNotice: {
    ja: '期限の90日前に Amazon からお知らせが届き、その後も期限まで何度か届きます。',
    en: 'Amazon notifies 90 days before the deadline and reminds you again as it draws near.',
    source: ['amazon-rotateLwa', 'amazon-changelog-2023-02'],
  },
  renewalLead: 'monthBefore',
  legacy: null,
  labelHint: null,
  metaFields: [],
  reminderThresholds: [...yearlyThresholds],
}

// ─────────────────────────── au PAY マーケット ───────────────────────────

const aupayApiKey: CredentialKind = {
  id: 'aupay.apiKey',
  mallId: 'aupay',
  name: { ja: 'APIキー', en: 'API key' },
  shortName: { ja: 'APIキー', en: 'API key' },
  choiceLabel: null,
  choiceHint: null,
  secret: {
    id: 'apiKey',
    label: { ja: 'APIキー', en: 'API key' },
    kind: 'key',
    minLength: 16,
    maxLength: 256,
    pattern: ASCII_TOKEN,
    hint: copyPasteHint('Wow!manager', 'Wow!manager'),
  },
  lifetime: { days: 90 },
  lifetimeSource: ['aupay-thirdParty'],
  lifetimeNote: {
    ja: '発行から90日という数字は第三者のページによるもので、モール自身の資料では確かめられていません。Wow!manager の表示を優先してください。',
    en: 'The 90 days from issue come from a third-party page; no page of the mall confirms them. Trust what Wow!manager shows.',
  },
  expirySource: 'estimatedOrEntered',
  issuedLabel: issuedOn,
  whereToSeeDate: {
    ja: 'Wow!manager の「API利用申請」の画面で、発行した APIキーと期限を確かめられます。',
    en: 'In Wow!manager, the API application screen (API利用申請) shows the issued API key and its expiry.',
  },
  renewalSteps: {
    ja: [
      'Wow!manager にログインし、「API利用申請」を開きます。',
      '「APIキーの発行」で新しいキーを発行します。',
      '接続元 IP アドレスが、受注管理システムの案内どおりに登録されているか確かめます。',
      '新しいキーを受注管理システムの API 設定(au PAY マーケットの店舗)に貼り付けて保存します。',
      'このアプリに発行日を入力します(期限は発行日から90日と見積もります)。',
    ],
    en: [
      'Log in to Wow!manager and open API利用申請 (API application).',
      'Issue a new key with APIキーの発行 (issue API key).',
      'Check that the connecting IP addresses are registered as your order system asks.',
      'Paste the new key into the API settings of your order system (the au PAY Market shop) and save.',
      'Enter the issue date in this app (the expiry is estimated 90 days after it).',
    ],
  },
  renewalSource: ['aupay-thirdParty'],
  pitfalls: [
    {
      ja: '接続元 IP アドレスの登録が違っていると、キーが正しくてもつながりません。',
      en: 'With wrong connecting IP addresses registered, even a correct key does not connect.',
      source: ['aupay-thirdParty'],
    },
    copyMistakePitfall,
  ],
  activationBufferBusinessDays: 0,
  advanceNotice: null,
  renewalLead: 'weekBefore',
  legacy: null,
  labelHint: null,
  metaFields: [],
  reminderThresholds: [...defaultReminderThresholds],
}

// ───────────────────────────── Qoo10 ─────────────────────────────

const qoo10SellerKey: CredentialKind = {
  id: 'qoo10.sellerAuthKey',
  mallId: 'qoo10',
  name: { ja: '販売者認証キー', en: 'Seller authorization key' },
  shortName: { ja: '販売者認証キー', en: 'seller authorization key' },
  choiceLabel: null,
  choiceHint: null,
  secret: {
    id: 'sellerAuthKey',
    label: { ja: '販売者認証キー', en: 'Seller authorization key' },
    kind: 'key',
    minLength: 16,
    maxLength: 512,
    pattern: ASCII_TOKEN,
    hint: copyPasteHint('受注管理システムの画面', 'your order system'),
  },
  lifetime: { months: 12 },
  lifetimeSource: ['stockcrew-qoo10', 'assistTencho-qoo10'],
  lifetimeNote: {
    ja: '1年という数字は受注管理システムなど第三者の資料によるもので、Qoo10 自身の資料では確かめられていません。',
    en: 'The one year comes from third parties (order-system vendors); no page of Qoo10 itself confirms it.',
  },
  expirySource: 'estimatedOrEntered',
  issuedLabel: issuedOn,
  whereToSeeDate: {
    ja: '販売者認証キーは受注管理システムが作るので、発行日や期限は受注管理システムの API 設定(Qoo10 の店舗)で確かめてください。QSM には出ません。',
    en: 'The order system generates the seller key, so check its date in the order system’s API settings (the Qoo10 shop), not in QSM.',
  },
  renewalSteps: {
    ja: [
      'Qoo10 の APIキー(QSM の[Qoo10へお問い合わせ]から申請して発行されたもの)と、QSM にログインできる ID・パスワードを用意します。',
      '受注管理システムの API 設定(Qoo10 の店舗)で、APIキーと QSM のログイン情報を入れ直して登録します。',
      '受注管理システムが新しい販売者認証キーを作るので、その日付を確かめます。',
      '受注の取り込みが動いているか確かめ、このアプリに発行日を入力します。',
    ],
    en: [
      'Have Qoo10’s API key (requested through [Qoo10へお問い合わせ] in QSM) and an ID and password that can log in to QSM at hand.',
      'In the API settings of your order system (the Qoo10 shop), enter the API key and the QSM login again and register them.',
      'The order system generates a new seller authorization key: check its date there.',
      'Check that orders are imported and enter the issue date in this app.',
    ],
  },
  renewalSource: ['stockcrew-qoo10', 'assistTencho-qoo10'],
  pitfalls: [
    {
      ja: 'QSM のパスワードを変えた後は、販売者認証キーの作り直しが必要になることがあります。',
      en: 'After the QSM password changes, the seller authorization key may need to be generated again.',
      source: 'unsourced',
    },
  ],
  activationBufferBusinessDays: 0,
  advanceNotice: null,
  renewalLead: 'monthBefore',
  legacy: null,
  labelHint: null,
  metaFields: [],
  reminderThresholds: [...yearlyThresholds],
}

// ───────────────────────────── custom ─────────────────────────────

/** The custom kind of a mall: `${mallId}.custom`. See malls.ts. */
export function buildCustomKind(mallId: string): CredentialKind {
  return {
    id: `${mallId}.custom`,
    mallId,
    name: { ja: 'その他の期限', en: 'Other expiry' },
    shortName: { ja: 'その他の期限', en: 'other expiry' },
    choiceLabel: null,
    choiceHint: null,
    secret: {
      id: 'secret',
      label: { ja: 'キー・パスワード(任意)', en: 'Key or password (optional)' },
      kind: 'password',
      minLength: 1,
      maxLength: 4096,
      hint: {
        ja: '保管しておきたいキーやパスワードがあれば入力してください。なくてもかまいません。',
        en: 'Enter a key or password to keep, if there is one. You may leave it empty.',
      },
    },
    secretOptional: true,
    lifetime: null,
    // Whatever it is, the user knows its date better than any page we could cite.
    lifetimeSource: 'unsourced',
    lifetimeNote: {
      ja: '何の期限かは登録する人が決めるので、期限も入力された日付を使います。',
      en: 'What expires is up to whoever registers it, so the date entered is used.',
    },
    expirySource: 'entered',
    issuedLabel: { ja: '発行日・開始日', en: 'Issued or started on' },
    whereToSeeDate: {
      ja: 'その期限を決めているサービスの管理画面で確かめてください。',
      en: 'Check the console of the service that sets this expiry.',
    },
    renewalSteps: {
      ja: [
        '期限を決めているサービスの案内に沿って更新します。',
        '受注管理システムなど、それを使っている側の設定を新しいものに直します。',
        'このアプリに新しい期限を入力します。',
      ],
      en: [
        'Renew it as the service that sets the expiry explains.',
        'Update the settings wherever it is used, such as your order system.',
        'Enter the new expiry date in this app.',
      ],
    },
    renewalSource: 'unsourced',
    pitfalls: [],
    activationBufferBusinessDays: 0,
    advanceNotice: null,
    renewalLead: 'weekBefore',
    legacy: null,
    labelHint: {
      ja: '何の期限か分かる名前を付けてください(例: 後払いアプリの連携、独自ドメイン)。',
      en: 'Give it a name that says what expires (e.g. deferred-payment app link, own domain).',
    },
    metaFields: [],
    reminderThresholds: [...defaultReminderThresholds],
  }
}

// ───────────────────────────── profiles ─────────────────────────────

const holidayReminder = {
  ja: '休業明けに元の設定へ戻すのも忘れずに。',
  en: 'Remember to switch it back after the closure.',
}

const nothingToRenew = (name: string, nameEn: string): SourcedText => ({
  ja: `${name}には、店舗が定期的に更新する API キーや認可はありません。連携アプリなどに期限があれば「その他の期限」として登録できます。`,
  en: `${nameEn} has no API key or authorization that the shop must renew. If a connected app has an expiry, register it as “Other expiry”.`,
  // Absence of a renewal is what the vendors' lists show, but no page says so in words.
  source: 'unsourced',
})

export const mallProfileData: MallProfile[] = [
  {
    id: 'rakuten',
    name: { ja: '楽天市場', en: 'Rakuten Ichiba' },
    credentialKinds: [rakutenLicenseKey, rakutenWebApiKey, rakutenSftpPassword],
    holidayCalendar: {
      where: {
        ja: 'RMS の「休業・対応時間の設定」',
        en: 'RMS: 休業・対応時間の設定 (closed days and service hours)',
      },
      note: holidayReminder,
      source: 'unsourced',
    },
    notes: [
      {
        ja: '楽天市場のキーは2種類あります。受注管理システムごとのキー(システム開発企業からのAPIアクセス許可設定)と、店舗の WEB APIサービスのキーです。使っている受注管理システムがどちらを使うか確かめて登録してください。',
        en: 'Rakuten has two kinds of key: one per order-system product (システム開発企業からのAPIアクセス許可設定) and the shop’s own WEB API service key. Check which one your order system uses.',
        source: ['ne-20948', 'goq-659'],
      },
    ],
    status: 'active',
    linkHosts: ['rms.rakuten.co.jp'],
  },
  {
    id: 'yahoo',
    name: { ja: 'Yahoo!ショッピング', en: 'Yahoo! Shopping' },
    credentialKinds: [yahooAuthorization, yahooPublicKey, yahooCertificate],
    holidayCalendar: {
      where: {
        ja: 'ストアクリエイターPro の カート設定 → カレンダー',
        en: 'Store Creator Pro: cart settings (カート設定) → calendar (カレンダー)',
      },
      note: holidayReminder,
      source: 'unsourced',
    },
    notes: [
      {
        ja: '認可は公開鍵(とそのバージョン)が登録されていて初めて28日もちます。認可と公開鍵の両方を登録しておくと安心です。',
        en: 'An authorization lasts 28 days only while a public key and its version are registered: keep track of both.',
        source: ['yahoo-dev-shoppingHelp', 'sokuhan-news-20230615'],
      },
    ],
    status: 'active',
    linkHosts: ['pro.store.yahoo.co.jp', 'developer.yahoo.co.jp'],
  },
  {
    id: 'ponpare',
    name: { ja: 'ポンパレモール', en: 'Ponpare Mall' },
    credentialKinds: [ponpareApiPassword],
    holidayCalendar: null,
    notes: [
      {
        ja: 'ポンパレモールが今も営業しているかは確認できていません(閉店の案内も見つかっていません)。出店している場合だけ使ってください。',
        en: 'Whether Ponpare Mall still operates is unconfirmed (no closing notice was found either). Use this profile only if your shop is still open there.',
        source: 'unsourced',
      },
    ],
    status: 'unconfirmed',
    linkHosts: [],
  },
  {
    id: 'amazon',
    name: { ja: 'Amazon', en: 'Amazon' },
    credentialKinds: [amazonSpApi, amazonLwaSecret],
    holidayCalendar: {
      where: {
        ja: 'セラーセントラルの 設定 → 配送設定 の「祝日」(カスタムの祝日)、または出品用アカウント情報の休暇設定',
        en: 'Seller Central: Settings → Shipping settings, holidays (custom holidays), or vacation mode in the account info',
      },
      note: {
        ja: '祝日の設定は保存した後の注文にだけ効き、反映に最大4時間ほどかかります。休暇設定なら自己発送の出品が1時間ほどで止まり、FBA の商品は売れ続けます。休業明けに元へ戻すのも忘れずに。',
        en: 'Holiday settings apply only to orders placed after saving and take up to about 4 hours. Vacation mode takes merchant-fulfilled listings down within about an hour while FBA keeps selling. Remember to switch back after the closure.',
      },
      source: ['amazon-holidayHelp', 'amazon-sellerForums'],
    },
    notes: [
      {
        ja: '在庫連携をしていると、Amazon のリードタイムは受注管理システムのモール商品 CSV の「発送までの日数」で上書きされます。休業に合わせてリードタイムを延ばすなら、CSV も直して再アップロードしてください。',
        en: 'With stock sync on, Amazon’s lead time is overwritten by the “発送までの日数” (days to ship) column of the order system’s mall-product CSV. If you lengthen the lead time for the closure, change the CSV and upload it again too.',
        source: ['ne-yearEndNotice'],
      },
      {
        ja: '365日ごとの再認可は公開アプリ(受注管理システムなど)の認可の話です。自社で作ったアプリは、LWA クライアントシークレットを180日ごとに入れ替えます。',
        en: 'Re-authorizing every 365 days concerns public apps such as order systems. A self-developed app rotates its LWA client secret every 180 days instead.',
        source: ['amazon-renewAuthorizations', 'amazon-rotateLwa'],
      },
    ],
    status: 'active',
    linkHosts: ['sellercentral.amazon.co.jp', 'developer-docs.amazon.com'],
  },
  {
    id: 'aupay',
    name: { ja: 'au PAY マーケット', en: 'au PAY Market' },
    credentialKinds: [aupayApiKey],
    holidayCalendar: {
      where: {
        ja: 'Wow!manager の店舗の休業日(営業日カレンダー)の設定',
        en: 'Wow!manager: the shop’s closed days (business calendar)',
      },
      note: {
        ja: '画面の名前は変わることがあります。休業明けに元へ戻すのも忘れずに。',
        en: 'Screen names may change. Remember to switch it back after the closure.',
      },
      source: 'unsourced',
    },
    notes: [],
    status: 'active',
    linkHosts: ['wowma.jp'],
  },
  {
    id: 'qoo10',
    name: { ja: 'Qoo10', en: 'Qoo10' },
    credentialKinds: [qoo10SellerKey],
    holidayCalendar: {
      where: {
        ja: 'QSM(Qoo10 の販売者管理画面)の休業日・発送に関する設定',
        en: 'QSM (Qoo10’s seller console): closed days and shipping settings',
      },
      note: {
        ja: '画面の名前は変わることがあります。休業明けに元へ戻すのも忘れずに。',
        en: 'Screen names may change. Remember to switch it back after the closure.',
      },
      source: 'unsourced',
    },
    notes: [
      {
        ja: 'APIキーは QSM の問い合わせから申請して発行され、販売者認証キーは受注管理システムが作ります。期限は受注管理システムの画面で確かめます。',
        en: 'The API key is issued on request through a QSM inquiry and the seller key is generated by the order system, which is where its date shows.',
        source: ['stockcrew-qoo10', 'assistTencho-qoo10'],
      },
    ],
    status: 'active',
    linkHosts: ['qsm.qoo10.jp'],
  },
  {
    id: 'shopify',
    name: { ja: 'Shopify', en: 'Shopify' },
    credentialKinds: [],
    holidayCalendar: null,
    notes: [nothingToRenew('Shopify', 'Shopify')],
    status: 'active',
    linkHosts: [],
  },
  {
    id: 'base',
    name: { ja: 'BASE', en: 'BASE' },
    credentialKinds: [],
    holidayCalendar: {
      where: { ja: 'BASE の「臨時休業日」', en: 'BASE: temporary closed days (臨時休業日)' },
      note: {
        ja: '臨時休業日は2か月ほど先までしか登録できません。休業がもっと先なら、近づいてから登録してください。',
        en: 'Temporary closed days can be set only about two months ahead. For a later closure, register them when it draws near.',
      },
      source: ['base-help'],
    },
    notes: [nothingToRenew('BASE', 'BASE')],
    status: 'active',
    linkHosts: [],
  },
  {
    id: 'makeshop',
    name: { ja: 'makeshop', en: 'makeshop' },
    credentialKinds: [],
    holidayCalendar: null,
    notes: [nothingToRenew('makeshop', 'makeshop')],
    status: 'active',
    linkHosts: [],
  },
  {
    id: 'other',
    name: { ja: 'その他のモール・カート', en: 'Other mall or cart' },
    credentialKinds: [],
    holidayCalendar: null,
    notes: [
      {
        ja: 'このモールの決まった情報はありません。期限のあるものは「その他の期限」として登録してください。',
        en: 'No built-in information for this mall. Register anything that expires as “Other expiry”.',
        source: 'unsourced',
      },
    ],
    status: 'active',
    linkHosts: [],
  },
]
