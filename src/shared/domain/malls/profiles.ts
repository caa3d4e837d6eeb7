import type { CredentialKind, MallProfile, SecretFieldSpec } from '../malls'

/**
 * The mall profiles as data. Lifetimes are defaults for a suggested expiry; the date a mall
 * shows always wins and the user can enter it. Texts are our own wording.
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

const copyMistakePitfall = {
  ja: 'いちばん多い失敗は貼り付けのミスです。先頭や末尾の1文字が欠けていたり、空白が混ざっていたりすると接続できません。',
  en: 'The most common failure is a paste mistake: a missing first or last character, or a stray space, and the connection fails.',
}

const issuedOn = { ja: '発行日', en: 'Issued on' }
const authorizedOn = { ja: '認可日', en: 'Authorized on' }

// ───────────────────────────── 楽天市場 ─────────────────────────────

const rakutenLicenseKey: CredentialKind = {
  id: 'rakuten.licenseKey',
  mallId: 'rakuten',
  name: { ja: 'ライセンスキー', en: 'License key' },
  secret: {
    id: 'licenseKey',
    label: { ja: 'ライセンスキー', en: 'License key' },
    kind: 'key',
    minLength: 16,
    maxLength: 256,
    pattern: '^[A-Za-z0-9_\\-]+$',
    hint: copyPasteHint('RMS', 'RMS'),
  },
  lifetime: { months: 3 },
  expirySource: 'estimatedOrEntered',
  issuedLabel: issuedOn,
  whereToSeeDate: {
    ja: 'RMS の「WEB APIサービス」(以前の画面では 拡張サービス一覧 → システム開発企業からのAPIアクセス許可設定)にある利用製品一覧で、製品ごとの有効期限を見られます。',
    en: 'In RMS, open WEB API service (older screens: Extended services → API access permission for system developers). The product list shows each product’s expiry date.',
  },
  renewalSteps: {
    ja: [
      'RMS にログインし、「WEB APIサービス」を開きます(以前の画面では 拡張サービス一覧 → システム開発企業からのAPIアクセス許可設定)。',
      '利用製品一覧で受注管理システムの行を探し、有効期限の横の[確認]からライセンス情報を開きます。',
      '[新しいキーを発行]を押し、確認が出たら OK を選びます。',
      '表示された新しいキーをコピーし、受注管理システムの API 設定(楽天市場の店舗)に貼り付けて保存します。',
      '10分〜1時間半ほどたってから、受注の取り込みが動いているか確かめます。',
      'このアプリに新しい発行日か有効期限を入力します。',
    ],
    en: [
      'Log in to RMS and open WEB API service (older screens: Extended services → API access permission for system developers).',
      'Find your order system in the product list and open the license details with [確認] next to the expiry date.',
      'Press [新しいキーを発行] (issue a new key) and confirm with OK.',
      'Copy the new key and paste it into the API settings of your order system (the Rakuten shop), then save.',
      'After 10 minutes to 1.5 hours, check that orders are imported again.',
      'Enter the new issue date or expiry date in this app.',
    ],
  },
  pitfalls: [
    {
      ja: '新しいキーは発行してすぐには使えず、10分〜1時間半ほどかかります。休業前の最終営業日ぎりぎりに発行しないでください。',
      en: 'A new key starts working only 10 minutes to 1.5 hours after it is issued. Do not issue it at the last minute before the closure.',
    },
    copyMistakePitfall,
    {
      ja: '期限より前に新しいキーを発行しても、古いキーは自分の期限まで使えます。早めに発行して損はありません。',
      en: 'Issuing a new key early costs nothing: the old key keeps working until its own expiry date.',
    },
  ],
  activationBufferBusinessDays: 1,
  advanceNotice: {
    ja: '期限のおよそ1週間前に楽天からお知らせメールが届きます。',
    en: 'Rakuten sends a reminder mail about one week before the expiry date.',
  },
  labelHint: null,
  metaFields: [],
  reminderThresholds: [...defaultReminderThresholds],
}

// ─────────────────────────── Yahoo!ショッピング ───────────────────────────

const yahooAuthorization: CredentialKind = {
  id: 'yahoo.authorization',
  mallId: 'yahoo',
  name: { ja: 'API 認可(機能ごと)', en: 'API authorization (per function)' },
  secret: null,
  lifetime: { days: 28 },
  expirySource: 'estimatedOrEntered',
  issuedLabel: authorizedOn,
  whereToSeeDate: {
    ja: '受注管理システムの API 設定(Yahoo!ショッピングの店舗)で、認可した日時と機能ごとの残り期間(「4週間認可中」など)を見られます。',
    en: 'The API settings of your order system (the Yahoo! shop) show when you authorized and how long each function stays authorized (e.g. “4週間認可中”).',
  },
  renewalSteps: {
    ja: [
      '受注管理システムの API 設定を開き、Yahoo!ショッピングの店舗を選びます。',
      '認可状況の横にある[Y!ログイン]を押します。',
      'ストアクリエイターPro の「注文管理権限」を持っている Yahoo! JAPAN ID でログインします。',
      '「データ連携」の画面で[同意してはじめる]を押します。',
      '機能ごとの認可期間が新しくなったのを確かめ、このアプリに認可日を入力します。',
    ],
    en: [
      'Open the API settings of your order system and select the Yahoo! Shopping shop.',
      'Press [Y!ログイン] next to the authorization status.',
      'Log in with a Yahoo! JAPAN ID that holds the order-management permission (注文管理権限) of Store Creator Pro.',
      'On the data-connection screen (データ連携), press [同意してはじめる] (agree and start).',
      'Check that each function shows a fresh authorization period, then enter the authorization date in this app.',
    ],
  },
  pitfalls: [
    {
      ja: '公開鍵が登録されていないと、認可は12時間しかもちません。公開鍵の期限もあわせて確かめてください。',
      en: 'Without a registered public key an authorization lasts only 12 hours. Check the public key’s expiry as well.',
    },
    {
      ja: '注文管理権限のない ID でログインすると、認可できません。',
      en: 'Logging in with an ID that lacks the order-management permission does not authorize anything.',
    },
    {
      ja: '期限の前に認可し直しても問題はなく、その日からまた28日使えます。休業の直前にまとめて認可し直すと安心です。',
      en: 'Re-authorizing early does no harm and starts another 28 days. Re-authorizing every function just before the closure is the safe choice.',
    },
  ],
  activationBufferBusinessDays: 0,
  advanceNotice: null,
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
  secret: null,
  lifetime: { months: 12 },
  expirySource: 'estimatedOrEntered',
  issuedLabel: issuedOn,
  whereToSeeDate: {
    ja: 'ストアクリエイターPro の 設定 → 暗号鍵管理 で、公開鍵のバージョンと期限を確かめられます。',
    en: 'In Store Creator Pro, Settings → 暗号鍵管理 (key management) shows the public key’s version and expiry.',
  },
  renewalSteps: {
    ja: [
      'ストアクリエイターPro にログインし、設定 → 暗号鍵管理 を開きます。',
      '新しい公開鍵を発行し、そのバージョンを控えます。',
      '受注管理システムの API 設定(Yahoo!ショッピングの店舗)に、新しい公開鍵とバージョンを登録して保存します。',
      '受注の取り込みが動いているか確かめます。',
      'このアプリに発行日(または期限)とバージョンを入力します。',
    ],
    en: [
      'Log in to Store Creator Pro and open Settings → 暗号鍵管理 (key management).',
      'Issue a new public key and note its version.',
      'Register the new public key and its version in the API settings of your order system (the Yahoo! shop), then save.',
      'Check that orders are imported.',
      'Enter the issue date (or the expiry date) and the version in this app.',
    ],
  },
  pitfalls: [
    {
      ja: '公開鍵が切れると、API 認可が12時間でしかもたなくなります。',
      en: 'Once the public key has expired, API authorizations last only 12 hours.',
    },
    {
      ja: 'バージョンが受注管理システムに登録したものと同じか確かめてください。',
      en: 'Make sure the version matches the one registered in your order system.',
    },
    {
      ja: '2023年7月27日から、以前の API 証明書(.crt と .key)に代わってこの公開鍵の方式になりました。古い手順の資料に注意してください。',
      en: 'Since 2023-07-27 this public key replaces the old API certificate (.crt and .key). Beware of instructions written for the old way.',
    },
  ],
  activationBufferBusinessDays: 0,
  advanceNotice: {
    ja: '期限の1〜2か月前に Yahoo! からメールが届きます。',
    en: 'Yahoo! sends a mail one to two months before the expiry date.',
  },
  labelHint: null,
  metaFields: [{ id: 'version', label: { ja: 'バージョン', en: 'Version' } }],
  reminderThresholds: [...yearlyThresholds],
}

const yahooCertificate: CredentialKind = {
  id: 'yahoo.certificate',
  mallId: 'yahoo',
  name: { ja: 'API 証明書(旧方式)', en: 'API certificate (old method)' },
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
  expirySource: 'certificate',
  issuedLabel: { ja: 'ダウンロード日', en: 'Downloaded on' },
  whereToSeeDate: {
    ja: '期限は証明書(.crt)ファイルの中に書かれていて、このアプリで読み取れます。期限が近づくと ストアクリエイターPro のトップ画面に[API証明書ダウンロード]が出ます。',
    en: 'The expiry is written inside the certificate (.crt) file and this app can read it. When it draws near, Store Creator Pro shows [API証明書ダウンロード] on its top page.',
  },
  renewalSteps: {
    ja: [
      'ストアクリエイターPro のトップ画面に[API証明書ダウンロード]が出ているか見ます。',
      '出ていれば押して、新しい証明書をダウンロードします。',
      '受注管理システムの API 設定(Yahoo!ショッピングの店舗)で、「証明書(.crt)」と「秘密鍵(.key)」にそれぞれのファイルを登録して保存します。',
      '受注の取り込みが動いているか確かめ、このアプリにも新しい証明書を登録します。',
    ],
    en: [
      'Look for [API証明書ダウンロード] (download API certificate) on the top page of Store Creator Pro.',
      'If it is there, press it and download the new certificate.',
      'In the API settings of your order system (the Yahoo! shop), register the certificate (.crt) and the private key (.key) in their own fields, then save.',
      'Check that orders are imported, and register the new certificate in this app too.',
    ],
  },
  pitfalls: [
    {
      ja: 'Yahoo! は2023年7月27日にこの方式を公開鍵に切り替えました。今は公開鍵で連携していないか、先に確かめてください。',
      en: 'Yahoo! replaced this method with a public key on 2023-07-27. Check first whether your shop already uses a public key.',
    },
    {
      ja: '.crt と .key を取り違えると接続できません。',
      en: 'Swapping the .crt and the .key breaks the connection.',
    },
  ],
  activationBufferBusinessDays: 0,
  advanceNotice: null,
  labelHint: null,
  metaFields: [{ id: 'subject', label: { ja: '証明書の発行先', en: 'Certificate subject' } }],
  reminderThresholds: [...yearlyThresholds],
}

// ───────────────────────────── ポンパレモール ─────────────────────────────

const ponpareApiPassword: CredentialKind = {
  id: 'ponpare.apiPassword',
  mallId: 'ponpare',
  name: { ja: '受注API認証パスワード', en: 'Order API password' },
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
  pitfalls: [
    {
      ja: '期限はモールが決めるので、このアプリでは推定しません。モールの画面に出ている日付を入力してください。',
      en: 'The mall sets the expiry, so this app does not estimate it: enter the date the mall shows.',
    },
    {
      ja: 'パスワードを変えたら、受注管理システムにも同じものを必ず入れ直してください。',
      en: 'After changing the password, always enter the same one in your order system.',
    },
  ],
  activationBufferBusinessDays: 0,
  advanceNotice: null,
  labelHint: null,
  metaFields: [],
  reminderThresholds: [...defaultReminderThresholds],
}

// ───────────────────────────── Amazon ─────────────────────────────

const amazonSpApi: CredentialKind = {
  id: 'amazon.spApi',
  mallId: 'amazon',
  name: { ja: 'SP-API の認可', en: 'SP-API authorization' },
  secret: null,
  lifetime: { days: 365 },
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
      '受注管理システムのアプリを探し、認可を更新(再認可)します。',
      '受注管理システム側でも認可の手続きが求められたら、最後まで済ませます。',
      'このアプリに認可日か新しい期限を入力します。',
    ],
    en: [
      'Log in to Seller Central.',
      'Open Apps and Services → Manage your apps.',
      'Find your order system’s app and renew (re-authorize) it.',
      'If your order system asks for an authorization step too, finish it.',
      'Enter the authorization date or the new expiry date in this app.',
    ],
  },
  pitfalls: [
    {
      ja: 'Amazon からは期限のおよそ30日前にメールが来ますが、受注管理システムによっては何も知らせてくれません。',
      en: 'Amazon mails about 30 days ahead, but some order systems give no warning at all.',
    },
  ],
  activationBufferBusinessDays: 0,
  advanceNotice: {
    ja: '期限のおよそ30日前に Amazon からメールが届きます。',
    en: 'Amazon sends a mail about 30 days before the expiry date.',
  },
  labelHint: null,
  metaFields: [],
  reminderThresholds: [...defaultReminderThresholds],
}

// ─────────────────────────── au PAY マーケット ───────────────────────────

const aupayApiKey: CredentialKind = {
  id: 'aupay.apiKey',
  mallId: 'aupay',
  name: { ja: 'APIキー', en: 'API key' },
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
      'このアプリに発行日を入力します(期限は発行日から90日です)。',
    ],
    en: [
      'Log in to Wow!manager and open API利用申請 (API application).',
      'Issue a new key with APIキーの発行 (issue API key).',
      'Check that the connecting IP addresses are registered as your order system asks.',
      'Paste the new key into the API settings of your order system (the au PAY Market shop) and save.',
      'Enter the issue date in this app (the key lasts 90 days from it).',
    ],
  },
  pitfalls: [
    {
      ja: '接続元 IP アドレスの登録が違っていると、キーが正しくてもつながりません。',
      en: 'With wrong connecting IP addresses registered, even a correct key does not connect.',
    },
    copyMistakePitfall,
  ],
  activationBufferBusinessDays: 0,
  advanceNotice: null,
  labelHint: null,
  metaFields: [],
  reminderThresholds: [...defaultReminderThresholds],
}

// ───────────────────────────── Qoo10 ─────────────────────────────

const qoo10SellerKey: CredentialKind = {
  id: 'qoo10.sellerAuthKey',
  mallId: 'qoo10',
  name: { ja: '販売者認証キー', en: 'Seller authorization key' },
  secret: {
    id: 'sellerAuthKey',
    label: { ja: '販売者認証キー', en: 'Seller authorization key' },
    kind: 'key',
    minLength: 16,
    maxLength: 512,
    pattern: ASCII_TOKEN,
    hint: copyPasteHint('発行元の画面', 'the issuing screen'),
  },
  lifetime: { months: 12 },
  expirySource: 'estimatedOrEntered',
  issuedLabel: issuedOn,
  whereToSeeDate: {
    ja: 'QSM(Qoo10 の販売者管理画面)の API 関連の画面か、受注管理システムの API 設定で確かめてください。',
    en: 'Check in QSM (Qoo10’s seller console) on its API pages, or in the API settings of your order system.',
  },
  renewalSteps: {
    ja: [
      'Qoo10 の APIキーと、QSM にログインできる ID・パスワードを用意します。',
      '受注管理システムの API 設定(Qoo10 の店舗)で、APIキーと QSM のログイン情報から販売者認証キーを発行し直します。',
      '保存して、受注の取り込みが動いているか確かめます。',
      'このアプリに発行日を入力します。',
    ],
    en: [
      'Have Qoo10’s API key and an ID and password that can log in to QSM at hand.',
      'In the API settings of your order system (the Qoo10 shop), reissue the seller authorization key from the API key and the QSM login.',
      'Save and check that orders are imported.',
      'Enter the issue date in this app.',
    ],
  },
  pitfalls: [
    {
      ja: 'QSM のパスワードを変えた後は、販売者認証キーの発行し直しが必要になることがあります。',
      en: 'After the QSM password changes, the seller authorization key may need to be reissued.',
    },
  ],
  activationBufferBusinessDays: 0,
  advanceNotice: null,
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
    pitfalls: [],
    activationBufferBusinessDays: 0,
    advanceNotice: null,
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

const nothingToRenew = (name: string, nameEn: string) => ({
  ja: `${name}には、店舗が定期的に更新する API キーや認可はありません。連携アプリなどに期限があれば「その他の期限」として登録できます。`,
  en: `${nameEn} has no API key or authorization that the shop must renew. If a connected app has an expiry, register it as “Other expiry”.`,
})

export const mallProfileData: MallProfile[] = [
  {
    id: 'rakuten',
    name: { ja: '楽天市場', en: 'Rakuten Ichiba' },
    credentialKinds: [rakutenLicenseKey],
    holidayCalendar: {
      where: {
        ja: 'RMS の「休業・対応時間の設定」',
        en: 'RMS: 休業・対応時間の設定 (closed days and service hours)',
      },
      note: holidayReminder,
    },
    notes: [],
    status: 'active',
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
    },
    notes: [
      {
        ja: '認可は公開鍵が登録されていて初めて28日もちます。認可と公開鍵の両方を登録しておくと安心です。',
        en: 'An authorization lasts 28 days only while a public key is registered: keep track of both.',
      },
    ],
    status: 'active',
  },
  {
    id: 'ponpare',
    name: { ja: 'ポンパレモール', en: 'Ponpare Mall' },
    credentialKinds: [ponpareApiPassword],
    holidayCalendar: null,
    notes: [
      {
        ja: 'ポンパレモールが今も営業しているかは確認できていません。出店している場合だけ使ってください。',
        en: 'Whether Ponpare Mall still operates is unconfirmed. Use this profile only if your shop is still open there.',
      },
    ],
    status: 'unconfirmed',
  },
  {
    id: 'amazon',
    name: { ja: 'Amazon', en: 'Amazon' },
    credentialKinds: [amazonSpApi],
    holidayCalendar: {
      where: {
        ja: 'セラーセントラルの「祝日」/「カスタムの祝日」の設定',
        en: 'Seller Central: holidays / custom holidays settings',
      },
      note: holidayReminder,
    },
    notes: [
      {
        ja: '在庫連携をしていると、Amazon のリードタイムは受注管理システムのモール商品 CSV の「発送までの日数」で上書きされます。休業に合わせてリードタイムを延ばすなら、CSV も直して再アップロードしてください。',
        en: 'With stock sync on, Amazon’s lead time is overwritten by the “発送までの日数” (days to ship) column of the order system’s mall-product CSV. If you lengthen the lead time for the closure, change the CSV and upload it again too.',
      },
    ],
    status: 'active',
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
    },
    notes: [],
    status: 'active',
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
    },
    notes: [],
    status: 'active',
  },
  {
    id: 'shopify',
    name: { ja: 'Shopify', en: 'Shopify' },
    credentialKinds: [],
    holidayCalendar: null,
    notes: [nothingToRenew('Shopify', 'Shopify')],
    status: 'active',
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
    },
    notes: [nothingToRenew('BASE', 'BASE')],
    status: 'active',
  },
  {
    id: 'makeshop',
    name: { ja: 'makeshop', en: 'makeshop' },
    credentialKinds: [],
    holidayCalendar: null,
    notes: [nothingToRenew('makeshop', 'makeshop')],
    status: 'active',
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
      },
    ],
    status: 'active',
  },
]
