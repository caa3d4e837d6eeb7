import { allCredentialKinds, mallProfiles } from '../malls'
import {
  defaultOrderSystemId,
  orderSystemProfile,
  orderSystemTokens,
  orderSystemTokensIn,
  resolveOrderSystemText,
  type OrderSystemId,
} from '../orderSystems'
import type { Bilingual } from '../types'
import type { WizardPhase } from './phases'

/**
 * The catalog of preparation steps, as data. A run (run.ts) instantiates each step once, or
 * once per credential / mall / deferred-payment app in use, and fills the placeholders
 * {mall} {shop} {credential} {app} of its texts.
 *
 * Where a text names a screen of the order system it writes an [[os.…]] token instead
 * (orderSystems/index.ts): stepCatalogFor(id) resolves them into that system's own words, or
 * neutral words with the reference notice's terms in brackets. `stepCatalog` is the neutral one.
 */

/** Numbered instructions in both languages (same number of lines in each). */
export interface BilingualList {
  ja: string[]
  en: string[]
}

/**
 * once: one instance. perCredential: one per credential of an active shop. perMall: one per
 * mall with at least one active shop. perApp: one per deferred-payment app used by an active shop.
 */
export type StepScope = 'once' | 'perCredential' | 'perMall' | 'perApp'

/**
 * What the app can verify by itself.
 * credentialValidPastReopening: on a perCredential step, that credential; on any other step,
 *   every credential of the context. Holds when expiresOn > reopening + marginDays.
 * closureRegistered: the closure is entered in the app's business calendar.
 */
export type AutoCheck = 'credentialValidPastReopening' | 'closureRegistered' | null

/** A control the UI offers inside the step. */
export type InlineAction =
  | 'renewCredential'
  | 'editClosure'
  | 'copyNonBusinessDays'
  | 'copyMailWindowDates'
  | 'markApps'
  | 'editCarrierNotes'
  | null

/**
 * When a step is part of a run. Every listed condition must hold; an absent or empty list does
 * not restrict.
 * - malls: the mall ids concerned (perMall: which malls get an instance; perCredential: the
 *   credential's shop must be on one of them; once/perApp: at least one active shop on one).
 * - credentialKinds / notCredentialKinds: kind ids included / excluded (perCredential: which
 *   credentials get an instance; other scopes: at least one matching credential must exist).
 * - apps: 'any' = only when at least one active shop uses a deferred-payment app.
 */
export interface StepAppliesTo {
  malls?: string[]
  credentialKinds?: string[]
  notCredentialKinds?: string[]
  apps?: 'any'
}

/**
 * Subject-specific texts, keyed by the instance's variant key: the credential kind id for
 * perCredential steps, the mall id for perMall steps, the app id for perApp steps. A present
 * field replaces the step's generic one.
 */
export interface StepVariant {
  why?: Bilingual
  howTo?: BilingualList
  check?: Bilingual
}

export interface StepDefinition {
  /** Stable id: run records are keyed by it. Never rename a shipped id. */
  id: string
  phase: WizardPhase
  scope: StepScope
  appliesTo: StepAppliesTo
  /** May contain {mall} {shop} {credential} {app}, filled per instance. */
  title: Bilingual
  /** One or two sentences: what breaks if the step is forgotten. */
  why: Bilingual
  /** Numbered steps (the UI numbers them; the strings carry no numbers). */
  howTo: BilingualList
  /** How the user (or the app) knows the step is done. */
  check: Bilingual
  autoCheck: AutoCheck
  action: InlineAction
  variants?: Readonly<Record<string, StepVariant>>
}

/**
 * Credential kinds renewed in the month before instead of the week before, read from the mall
 * profiles (renewalLead): yearly keys and the like, announced a month or two ahead and more
 * work to renew, so that a mistake found the week before still leaves room. Legacy methods are
 * left to the week before: there is nothing to renew early (Yahoo!'s certificate has ended).
 * Every other kind is handled by 'credential.renew' in the week before.
 */
export const longLeadCredentialKinds: readonly string[] = allCredentialKinds()
  .filter((k) => k.renewalLead === 'monthBefore' && k.legacy === null)
  .map((k) => k.id)

/** Malls whose profile names a holiday calendar the shop sets (the profiles are the truth). */
export const mallsWithHolidayCalendar: readonly string[] = mallProfiles
  .filter((p) => p.holidayCalendar !== null)
  .map((p) => p.id)

const credentialAutoCheck: Bilingual = {
  ja: 'このアプリに入力した有効期限が「営業再開日+余裕日数」より後になると、自動で完了になります。',
  en: 'Marked done by the app as soon as the expiry date entered here is later than the reopening day plus the margin.',
}

/** The catalog as written, with the [[os.…]] tokens still in it. */
export const stepCatalogTemplate: readonly StepDefinition[] = [
  // ───────────────────────────── about a month before ─────────────────────────────
  {
    id: 'closure.dates',
    phase: 'monthBefore',
    scope: 'once',
    appliesTo: {},
    title: { ja: '休業期間を決めて登録する', en: 'Settle the closure dates and enter them' },
    why: {
      ja: 'ほかのすべての準備は、休業の初日と最終日から逆算します。日付が違えば、期限の判定も非営業日もすべてずれます。',
      en: 'Every other step is counted back from the first and last day of the closure; a wrong date shifts every deadline and non-business day with it.',
    },
    howTo: {
      ja: [
        '休業の初日と最終日(再開日の前日)を決める',
        '休業のすぐ後の土日や祝日(1月なら成人の日など)も数えて、実際に営業を再開する日を確かめる',
        'この画面の[休業期間を編集]で期間を登録する',
      ],
      en: [
        'Decide the first and the last day of the closure (the day before you reopen).',
        'Count the weekends and public holidays right after it (in January, Coming of Age Day for instance) to know the real reopening day.',
        'Enter the period with [Edit closure] on this screen.',
      ],
    },
    check: {
      ja: '休業期間がこのアプリの営業日カレンダーに入ると、自動で完了になります。',
      en: 'Marked done by the app once the closure is in its business calendar.',
    },
    autoCheck: 'closureRegistered',
    action: 'editClosure',
  },
  {
    id: 'credential.renewEarly',
    phase: 'monthBefore',
    scope: 'perCredential',
    appliesTo: { credentialKinds: [...longLeadCredentialKinds] },
    title: {
      ja: '{shop}:{credential}の期限を確かめ、早めに更新する',
      en: '{shop}: check the {credential} and renew it early',
    },
    why: {
      ja: '1年ごとの鍵や認可は、案内が1〜2か月前に届き、更新にも手間がかかります。休業中や再開直後に切れると、受注の取込も在庫連携も止まります。',
      en: 'Yearly keys and authorizations are announced one or two months ahead and take more work to renew. If one lapses during the closure or just after it, order import and stock sync stop.',
    },
    howTo: {
      ja: [
        '{mall}の管理画面で、{credential}の有効期限を確かめる',
        '「営業再開日+余裕日数」より前に切れるなら、今のうちに更新する',
        '新しい鍵や認可を[[os.apiSettings]]に登録して保存する',
        'このアプリに新しい有効期限を入力する',
      ],
      en: [
        'Check the expiry date of the {credential} in the {mall} admin screens.',
        'If it ends before the reopening day plus the margin, renew it now.',
        'Register the new key or authorization in [[os.apiSettings]] and save.',
        'Enter the new expiry date in this app.',
      ],
    },
    check: credentialAutoCheck,
    autoCheck: 'credentialValidPastReopening',
    action: 'renewCredential',
    variants: {
      'yahoo.publicKey': {
        why: {
          ja: 'Yahoo!ショッピングの公開鍵は1年で切れます。Yahoo!からツール管理権限を持つアカウントあてに1〜2か月前から2回案内が届くので、休業にかかるなら今のうちに新しい鍵にします。',
          en: 'A Yahoo! Shopping public key lasts one year. Yahoo! mails the accounts with the tool-management permission twice, one to two months ahead; if the key would lapse around the closure, switch to a new one now.',
        },
        howTo: {
          ja: [
            'ストアクリエイターProの 設定 → 暗号鍵管理 で、公開鍵の有効期限とバージョンを確かめる',
            '「営業再開日+余裕日数」より前に切れるなら、新しい公開鍵を発行する(同時に有効にできるのは2つまでなので、切れた鍵は「無効」にする)',
            '新しい公開鍵とそのバージョンの両方を[[os.apiSettings]]に登録して保存する(バージョンがないと認可は12時間しかもちません)',
            'このアプリに新しい有効期限とバージョンを入力する',
          ],
          en: [
            'In Store Creator Pro, open 設定 → 暗号鍵管理 (key management) and check the public key’s expiry date and version.',
            'If it ends before the reopening day plus the margin, issue a new public key (at most two can be active: set the expired one to 無効).',
            'Register both the new key and its version in [[os.apiSettings]] and save (without the version an authorization lasts only 12 hours).',
            'Enter the new expiry date and version in this app.',
          ],
        },
      },
      'amazon.spApi': {
        why: {
          ja: '受注管理システムなど公開アプリへの Amazon SP-API の認可は、365日ごとに出し直します。[[os.expiryWarning]]',
          en: 'An Amazon SP-API authorization of a public app such as an order system must be renewed every 365 days. [[os.expiryWarning]]',
        },
        howTo: {
          ja: [
            'セラーセントラルの アプリとサービス → アプリを管理 を開く',
            '[[os.system]]のアプリの認可期限を確かめる',
            '「営業再開日+余裕日数」より前に切れるなら、[再認可](Re-Authorize)を選び、求められたアクセスを承認する',
            'このアプリに新しい有効期限を入力する',
          ],
          en: [
            'In Seller Central, open Apps and Services → Manage Your Apps.',
            'Check when the authorization of [[os.system]]’s app ends.',
            'If it ends before the reopening day plus the margin, choose Re-Authorize and accept the access it asks for.',
            'Enter the new expiry date in this app.',
          ],
        },
      },
      'amazon.lwaClientSecret': {
        why: {
          ja: '自社で作った SP-API のアプリは、LWA クライアントシークレットを180日ごとに入れ替えます。期限を過ぎるとアプリから SP-API を呼べなくなり、休業中でも自動の処理が止まります。',
          en: 'A self-developed SP-API app must rotate its LWA client secret every 180 days. Past the deadline the app can no longer call the SP-API, and automatic work stops even during the closure.',
        },
        howTo: {
          ja: [
            'Solution Provider Portal(セラーセントラルでは アプリとサービス → アプリの開発)で、アプリの「LWA 認証情報」の期限を確かめる',
            '「営業再開日+余裕日数」より前に切れるなら、[表示]から新しいシークレットにローテーションする',
            '自社のアプリの設定に新しいシークレットを入れ、SP-API が呼べるか確かめる',
            'このアプリに入れ替えた日を入力する',
          ],
          en: [
            'In the Solution Provider Portal (in Seller Central: Apps and Services → Develop Apps), check when the app’s LWA credentials expire.',
            'If they end before the reopening day plus the margin, rotate the secret from View.',
            'Put the new secret into your own app’s settings and check that SP-API calls work.',
            'Enter the rotation date in this app.',
          ],
        },
      },
      'qoo10.sellerAuthKey': {
        why: {
          ja: 'Qoo10の販売者認証キーは1年で切れるとされています(第三者の資料による)。切れると受注の取込が止まります。',
          en: 'A Qoo10 seller authentication key is said to last one year (third-party sources); when it lapses, order import stops.',
        },
        howTo: {
          ja: [
            '販売者認証キーは[[os.system]]が作るので、期限は[[os.apiSettings]](Qoo10 の店舗)で確かめる',
            '「営業再開日+余裕日数」より前に切れるなら、Qoo10 の APIキーと QSM のログイン情報を入れ直してキーを作り直す',
            '受注の取り込みが動いているか確かめる',
            'このアプリに新しい有効期限を入力する',
          ],
          en: [
            'The seller key is generated by [[os.system]]: check its expiry in [[os.apiSettings]] (the Qoo10 shop).',
            'If it ends before the reopening day plus the margin, enter Qoo10’s API key and the QSM login again to generate a new key.',
            'Check that orders are imported.',
            'Enter the new expiry date in this app.',
          ],
        },
      },
    },
  },
  {
    id: 'mall.holidayCalendar',
    phase: 'monthBefore',
    scope: 'perMall',
    appliesTo: { malls: [...mallsWithHolidayCalendar] },
    title: { ja: '{mall}の休業日カレンダーを設定する', en: 'Set the holiday calendar on {mall}' },
    why: {
      ja: 'モールは自分のカレンダーで発送予定日を案内し、出荷遅延を数えます。[[os.system]]だけ設定してモール側を忘れると、お客様に誤った予定が表示され、遅延率も上がります。',
      en: 'The mall uses its own calendar to promise ship dates and to count late shipments. Setting only [[os.system]] leaves buyers with wrong dates and raises your late-shipment rate.',
    },
    howTo: {
      ja: [
        '{mall}の店舗管理画面で、休業日や発送日のカレンダーの設定を開く',
        '休業期間のすべての日を休業日として登録する',
        '商品ページや注文画面に出る発送予定を確かめる',
      ],
      en: [
        'Open the holiday or shipping calendar setting in the {mall} store admin.',
        'Mark every day of the closure as a holiday.',
        'Check the ship dates shown on product and order pages.',
      ],
    },
    check: {
      ja: '{mall}のカレンダーに休業期間が入っていれば完了です。',
      en: 'Done when the closure shows in the {mall} calendar.',
    },
    autoCheck: null,
    action: null,
    variants: {
      rakuten: {
        howTo: {
          ja: [
            'RMSの 休業・対応時間の設定 を開く',
            '休業期間を休業日として登録し、問い合わせに応じる時間も見直す',
            '店舗ページで休業日の表示を確かめる',
          ],
          en: [
            'Open 休業・対応時間の設定 (closures and service hours) in RMS.',
            'Enter the closure as holidays and review the hours you answer inquiries.',
            'Check how the holidays appear on the shop pages.',
          ],
        },
      },
      yahoo: {
        howTo: {
          ja: [
            'ストアクリエイターProの カート設定 → カレンダー を開く',
            '休業期間の日を休業日にして保存する',
            'ストアの画面で発送予定の表示を確かめる',
          ],
          en: [
            'In Store Creator Pro, open カート設定 (cart settings) → カレンダー (calendar).',
            'Set the days of the closure as holidays and save.',
            'Check the ship dates shown in the store.',
          ],
        },
      },
      amazon: {
        why: {
          ja: 'Amazonでは、休業中も注文を受けて発送日を遅らせる「祝日の設定」か、自己発送の出品を止める「休暇設定」のどちらかを選びます。祝日の設定は保存した後の注文にだけ効き、反映に最大4時間ほどかかるので、前もって済ませます。',
          en: 'On Amazon, choose between holiday settings (keep taking orders and push their ship dates back) and vacation mode (take merchant-fulfilled listings down). Holiday settings apply only to orders placed after saving and take up to about 4 hours, so set them in advance.',
        },
        howTo: {
          ja: [
            '休業中も注文を受けるなら「祝日の設定」、受けないなら「休暇設定」と決め、このステップのメモに書いておく',
            '祝日の設定にするなら、セラーセントラルの 設定 → 配送設定 の祝日で、休業期間を カスタムの祝日 として追加し保存する(最終営業日より前に)',
            '休暇設定にするなら、最終営業日の「休暇設定に切り替える」のステップで切り替える(FBA の商品は休暇中も売れ続けます)',
            'お届け日時指定の配送オプションを使っているなら、休業中の日を選べないように止めておく',
            'リードタイムを延ばす場合は「Amazonのリードタイム」の手順も行う',
          ],
          en: [
            'Decide: holiday settings if you keep taking orders, vacation mode if you do not. Write the choice in this step’s notes.',
            'For holiday settings, add the closure as custom holidays under Settings → Shipping settings → holidays in Seller Central and save (before the last business day).',
            'For vacation mode, switch it on in the last-business-day step “Switch to vacation mode” (FBA items keep selling meanwhile).',
            'If you offer date-specified delivery, turn it off so that no day of the closure can be chosen.',
            'If you also lengthen the lead time, follow the Amazon lead time step as well.',
          ],
        },
        check: {
          ja: '祝日の設定なら休業期間がカスタムの祝日に入り、お届け日時指定が止まっていれば完了です(休暇設定を選んだ場合は、選んだことをメモに書いて完了)。',
          en: 'Done when the closure is among the custom holidays and date-specified delivery is off (with vacation mode chosen, note the choice and mark it done).',
        },
      },
      base: {
        why: {
          ja: 'BASEでは臨時休業日を設定しておくと、お客様に休業が伝わります。登録できるのは2か月先までなので、休業が2か月以内に入ってから登録します。',
          en: 'On BASE, temporary closure days tell buyers you are away. They can be entered only up to two months ahead, so enter them once the closure is within two months.',
        },
        howTo: {
          ja: [
            'BASEの管理画面で 臨時休業日 の設定を開く',
            '休業期間の日を登録して保存する(2か月より先の日はまだ登録できません)',
            'ショップの画面で休業の表示を確かめる',
          ],
          en: [
            'Open the 臨時休業日 (temporary closure days) setting in the BASE admin.',
            'Enter the days of the closure and save (days more than two months ahead cannot be entered yet).',
            'Check the closure notice on the shop pages.',
          ],
        },
      },
    },
  },
  {
    id: 'carrier.pickups',
    phase: 'monthBefore',
    scope: 'once',
    appliesTo: {},
    title: {
      ja: '配送業者の集荷と窓口の予定を確かめる',
      en: 'Check the carriers’ pickups and counter hours',
    },
    why: {
      ja: '配送業者は連休中も動いていますが、窓口の時間は短くなり、集荷は予約が要ることがあります(ヤマト運輸、佐川急便など)。年末年始は郵便局の多くの窓口が12/31〜1/3に閉まります。予定は毎年変わります。',
      en: 'Carriers keep working over the holidays, but counters open shorter and pickups may need booking (Yamato, Sagawa, …). Over New Year most post-office counters close from 12/31 to 1/3. The schedules change every year.',
    },
    howTo: {
      ja: [
        '使っている配送業者の、今回の連休の営業案内を確かめる',
        '休業前の最後の出荷日と、再開後の最初の出荷日の集荷を予約する',
        '窓口の営業日と締め時間を、このアプリの配送メモに書いておく',
      ],
      en: [
        'Read this year’s holiday schedule of every carrier you use.',
        'Book the pickups for the last shipping day before the closure and the first one after it.',
        'Write the counter days and cut-off times into the carrier notes of this app.',
      ],
    },
    check: {
      ja: '最後と最初の集荷が予約済みで、配送メモが今回の予定になっていれば完了です。',
      en: 'Done when the last and first pickups are booked and the carrier notes hold this year’s schedule.',
    },
    autoCheck: null,
    action: 'editCarrierNotes',
  },

  {
    id: 'deferredPayment.apps',
    phase: 'monthBefore',
    scope: 'once',
    appliesTo: {},
    title: {
      ja: '使っている後払いアプリを登録する',
      en: 'Mark the deferred-payment apps you use',
    },
    why: {
      ja: '後払いアプリ(後払い.com、アトディーネ、ニッセン@払い、クロネコ代金後払いサービスなど)は、休業明けに注文が止まることがあります。使っているアプリを登録すると、そのための手順がこの一覧に加わります。',
      en: 'Deferred-payment apps (Atobarai.com, ATODENE, Nissen @barai, Kuroneko deferred payment, …) can leave orders stuck after a closure. Mark the ones you use and their steps join this list.',
    },
    howTo: {
      ja: [
        '[[os.system]]で、どの店舗がどの後払いアプリと連携しているか確かめる',
        '下の一覧で店舗ごとに使っているアプリに印をつけ、[このショップを保存]を押す(使っていなければ何もつけない)',
      ],
      en: [
        'Check in [[os.system]] which shops are linked to which deferred-payment apps.',
        'In the list below, tick the apps each shop uses and press [Save this shop] (tick nothing if none).',
      ],
    },
    check: {
      ja: '店舗ごとの後払いアプリが正しく登録されていれば完了です。',
      en: 'Done when every shop’s deferred-payment apps are marked correctly.',
    },
    autoCheck: null,
    action: 'markApps',
  },

  // ───────────────────────────── the week before ─────────────────────────────
  {
    id: 'credential.renew',
    phase: 'weekBefore',
    scope: 'perCredential',
    appliesTo: { notCredentialKinds: [...longLeadCredentialKinds] },
    title: {
      ja: '{shop}:{credential}の期限を確かめ、必要なら更新する',
      en: '{shop}: check the {credential} and renew it if needed',
    },
    why: {
      ja: 'この認証情報が休業中や再開直後に切れると、受注の取込と在庫連携が止まります。休業中は誰も気づかず、再開の日に注文が一件も入っていないことになります。',
      en: 'If this credential lapses during the closure or just after it, order import and stock sync stop. Nobody notices while the shop is closed, and on the first day back no order has come in.',
    },
    howTo: {
      ja: [
        '{mall}の管理画面で、{credential}の有効期限を確かめる',
        '「営業再開日+余裕日数」より前に切れるなら、更新する',
        '新しい値を[[os.apiSettings]]に登録して保存する',
        'このアプリに新しい有効期限を入力する',
      ],
      en: [
        'Check the expiry date of the {credential} in the {mall} admin screens.',
        'If it ends before the reopening day plus the margin, renew it.',
        'Register the new value in [[os.apiSettings]] and save.',
        'Enter the new expiry date in this app.',
      ],
    },
    check: credentialAutoCheck,
    autoCheck: 'credentialValidPastReopening',
    action: 'renewCredential',
    variants: {
      'rakuten.licenseKey': {
        why: {
          ja: '楽天市場のライセンスキーは90日で切れます。期限前でも新しいキーを発行でき、古いキーは元の期限まで使えます。ただ新しいキーが使えるようになるまで10分〜1時間半かかるので、休業直前ではなく、今のうちに更新します。[[os.rakutenKey]]',
          en: 'A Rakuten license key lasts 90 days. A new key can be issued before the old one ends, and the old one keeps working until its own date, but a new key takes ten minutes to an hour and a half to start working: renew now, not on the last afternoon. [[os.rakutenKey]]',
        },
        howTo: {
          ja: [
            'RMSの 拡張サービス一覧(画面によっては 店舗様向け情報・サービス)→ 各種申請・設定変更 → システム開発企業からのAPIアクセス許可設定 で、[[os.system]]の行の有効期限を確かめる',
            'その行が「利用中 更新あり」なら、先に[アップデート]を押す',
            '[確認]からライセンス情報を開き、[新しいキーを発行]を押す(同時に有効なキーは2つまで)',
            '[[os.apiSettings]]で楽天市場の店舗を選び、キーを貼り付けて保存する(最初と最後の文字の欠けや、前後の空白に注意)',
            '1時間半ほど後に、受注の取込が動いていることを確かめる',
            'このアプリに新しい有効期限を入力する',
          ],
          en: [
            'In RMS open 拡張サービス一覧 (on some screens 店舗様向け情報・サービス) → 各種申請・設定変更 → システム開発企業からのAPIアクセス許可設定 and check the expiry on the row of [[os.system]].',
            'If that row says 「利用中 更新あり」, press [アップデート] first.',
            'Open the license details with [確認] and press [新しいキーを発行] (at most two keys are valid at once).',
            'In [[os.apiSettings]], pick the Rakuten shop, paste the key and save (watch for a lost first or last character and for spaces).',
            'About an hour and a half later, check that orders import again.',
            'Enter the new expiry date in this app.',
          ],
        },
      },
      'rakuten.webApiKey': {
        why: {
          ja: '店舗の WEB APIサービスのライセンスキーも90日で切れます。これを使うツール(GoQSystem や自作のツール)は、切れると取り込みが止まります。[[os.rakutenKey]]',
          en: 'The shop’s WEB API service license key lasts 90 days too. Tools that use it (GoQSystem, the shop’s own tools) stop importing when it lapses. [[os.rakutenKey]]',
        },
        howTo: {
          ja: [
            'RMSの 店舗様向け情報・サービス → WEB APIサービス → 利用設定の[WEB API]→[ライセンスキーの確認・変更]で、有効期限を確かめる',
            '「営業再開日+余裕日数」より前に切れるなら、[新しいライセンスキーを発行]を押す',
            'このキーを使うツール(GoQSystem のモール詳細設定など)に貼り付けて保存する',
            '10分〜1時間半ほど後に、取り込みが動いていることを確かめる',
            'このアプリに新しい有効期限を入力する',
          ],
          en: [
            'In RMS open 店舗様向け情報・サービス → WEB APIサービス → [WEB API] under 利用設定 → [ライセンスキーの確認・変更] and check the expiry.',
            'If it ends before the reopening day plus the margin, press [新しいライセンスキーを発行].',
            'Paste it into every tool that uses it (GoQSystem’s mall settings, for instance) and save.',
            '10 minutes to 1.5 hours later, check that imports run again.',
            'Enter the new expiry date in this app.',
          ],
        },
      },
      'rakuten.sftpPassword': {
        why: {
          ja: '楽天市場の SFTP パスワードが切れると、出品の処理と、SFTP で送っている在庫の送信が止まります。',
          en: 'When Rakuten’s SFTP password lapses, listing stops, and so does stock sent over SFTP.',
        },
        howTo: {
          ja: [
            'RMS で SFTP(FTP)用パスワードの有効期限を確かめる',
            '「営業再開日+余裕日数」より前に切れるなら、パスワードを変更する',
            '[[os.system]]の SFTP の設定に新しいパスワードを入れて保存する',
            'このアプリに新しい有効期限を入力する',
          ],
          en: [
            'Check the expiry of the SFTP (FTP) password in RMS.',
            'If it ends before the reopening day plus the margin, change the password.',
            'Enter the new password in the SFTP settings of [[os.system]] and save.',
            'Enter the new expiry date in this app.',
          ],
        },
      },
      'yahoo.certificate': {
        why: {
          ja: 'Yahoo!ショッピングの API 証明書(.crt と .key)の方式は2023年7月27日に終わりました。証明書のままの店舗は、公開鍵とそのバージョンを登録しないと、認可が12時間しかもちません。',
          en: 'Yahoo! Shopping ended the API certificate (.crt and .key) on 2023-07-27. A shop still on a certificate gets only 12-hour authorizations until it registers a public key and its version.',
        },
        howTo: {
          ja: [
            'ストアクリエイターProの 設定 → 暗号鍵管理 で公開鍵を発行し、「有効」にする',
            '公開鍵とそのバージョンを[[os.apiSettings]]に登録して保存する',
            'このアプリに公開鍵を登録し、証明書の記録を削除する',
          ],
          en: [
            'Issue a public key in Store Creator Pro under 設定 → 暗号鍵管理 and set it to 有効 (active).',
            'Register the public key and its version in [[os.apiSettings]] and save.',
            'Register the public key in this app and delete the certificate’s record.',
          ],
        },
      },
      'yahoo.authorization': {
        why: {
          ja: 'Yahoo!ショッピングの認可は機能ごとに4週間(公開鍵とそのバージョンが登録されていなければ12時間)です。期限内に認可し直しても問題はなく、その日から4週間に延びます。[[os.expiryWarning]]',
          en: 'A Yahoo! Shopping authorization lasts four weeks per function (12 hours without a registered public key and its version). Authorizing again early does no harm and restarts the four weeks. [[os.expiryWarning]]',
        },
        howTo: {
          ja: [
            '[[os.apiSettings]]でYahoo!ショッピングの店舗を選び、機能ごとの認可期間を確かめる',
            '認可し直すボタン(ネクストエンジンでは[Y!ログイン])を押し、ストアクリエイターProの注文管理権限を持つYahoo! JAPAN IDでログインする',
            '「データ連携」の画面で[同意してはじめる]を押す',
            'このアプリに新しい期限(認可した日から28日後)を入力する',
          ],
          en: [
            'In [[os.apiSettings]], pick the Yahoo! Shopping shop and read the authorization period of each function.',
            'Press the button that authorizes again (in Next Engine: [Y!ログイン]) and sign in with a Yahoo! JAPAN ID that holds order-management rights in Store Creator Pro.',
            'On the data-link screen press [同意してはじめる] (agree and start).',
            'Enter the new end date (28 days after today’s authorization) in this app.',
          ],
        },
      },
      'ponpare.apiPassword': {
        howTo: {
          ja: [
            'ポンパレモールManagerの 各種申請 → WebAPI利用申請 → WebAPIサービスユーザの設定 を開く',
            'API認証パスワードの有効期限を確かめる',
            '期限が近ければ[パスワードの変更]で新しいパスワードにする',
            '[[os.apiSettings]]でポンパレモールの店舗を選び、受注API認証パスワードに登録して保存する',
            'このアプリに新しい有効期限を入力する',
          ],
          en: [
            'In Ponpare Mall Manager open 各種申請 → WebAPI利用申請 → WebAPIサービスユーザの設定.',
            'Check the API password’s expiry date.',
            'If it is close, set a new one with [パスワードの変更] (change password).',
            'In [[os.apiSettings]], pick the Ponpare shop, enter the new order API password and save.',
            'Enter the new expiry date in this app.',
          ],
        },
      },
      'aupay.apiKey': {
        why: {
          ja: 'au PAY マーケットのAPIキーは発行から90日で切れるとされています(第三者の資料による)。',
          en: 'An au PAY Market API key is said to end 90 days after it was issued (a third-party source).',
        },
        howTo: {
          ja: [
            'Wow!managerの API利用申請 で、APIキーの発行日を確かめる',
            '「営業再開日+余裕日数」より前に切れるなら、新しいAPIキーを発行する(接続元のIPアドレスの登録も確かめる)',
            '新しいAPIキーを[[os.apiSettings]]に登録して保存する',
            'このアプリに新しい有効期限を入力する',
          ],
          en: [
            'In Wow!manager open API利用申請 (API use) and check when the key was issued.',
            'If it ends before the reopening day plus the margin, issue a new key (and check the registered IP address of the connection).',
            'Register the new key in [[os.apiSettings]] and save.',
            'Enter the new expiry date in this app.',
          ],
        },
      },
    },
  },
  {
    id: 'orderSystem.nonBusinessDays',
    phase: 'weekBefore',
    scope: 'once',
    appliesTo: {},
    title: {
      ja: '[[os.system]]に非営業日を登録する',
      en: 'Enter the non-business days in [[os.system]]',
    },
    why: {
      ja: '受注の取込時に納品書印刷指示日や出荷予定日を自動で入れる設定では、休業が非営業日になっていないと、その日付が休業中の日になってしまいます。',
      en: 'When [[os.system]] fills the packing-slip print date and the planned ship date on import, a closure that is not registered as non-business days puts those dates inside the closure.',
    },
    howTo: {
      ja: [
        '[[os.nonBusinessDays]]を開く',
        '除外する曜日(土日など)が合っているか確かめる',
        '[非営業日をコピー]で一覧をコピーし、休業期間の開始日と終了日、前後の祝日を登録する',
        '保存する(ネクストエンジンではこの設定は全店舗共通です。開くときに選ぶ店舗はどれでもよく、店舗ごとに繰り返す必要はありません)',
      ],
      en: [
        'Open [[os.nonBusinessDays]].',
        'Check the excluded weekdays (Saturday and Sunday, for instance).',
        'Copy the list with [Copy non-business days] and enter the closure’s first and last day and the public holidays around it.',
        'Save (in Next Engine the setting is shared by all shops: any shop will do when it asks for one, and there is nothing to repeat per shop).',
      ],
    },
    check: {
      ja: '除外する期間の一覧に今回の休業が入っていれば完了です。',
      en: 'Done when this closure appears among the excluded periods.',
    },
    autoCheck: null,
    action: 'copyNonBusinessDays',
  },
  {
    id: 'mail.window',
    phase: 'weekBefore',
    scope: 'once',
    appliesTo: {},
    title: {
      ja: '自動メールが作られない受注日を確かめる',
      en: 'Find the order dates that will get no automatic mail',
    },
    why: {
      ja: '受注確認メールは、受注日から1週間以内の注文にしか作られません。休業明けの[[os.orderImport]]で入る注文のうち、休業の初めごろのものはこの期間を過ぎ、[[os.freeMail]]で送る必要があります。',
      en: 'The order confirmation mail is created only for orders less than a week old. Orders placed early in the closure that come in with [[os.orderImport]] after it are past that window and need [[os.freeMail]].',
    },
    howTo: {
      ja: [
        '[対象の受注日をコピー]で、再開日に取り込むと1週間を過ぎてしまう受注日の範囲を確かめる',
        '発送通知メールも出荷確定日から1週間以内しか作られないことを覚えておく',
        'その範囲の注文に送る[[os.freeMailShort]]の文面(お礼と発送予定)を用意しておく',
      ],
      en: [
        'Use [Copy mail-window dates] to see which order dates will be more than a week old on the reopening day.',
        'Keep in mind that shipping notices too are created only within a week of the ship-confirmation date.',
        'Prepare [[os.freeMailShort]] for those orders (thanks and the expected ship date).',
      ],
    },
    check: {
      ja: '対象の受注日がわかり、[[os.freeMailShort]]の文面が用意できていれば完了です。',
      en: 'Done when you know the order dates concerned and the mail for them is ready.',
    },
    autoCheck: null,
    action: 'copyMailWindowDates',
  },
  {
    id: 'mail.templates',
    phase: 'weekBefore',
    scope: 'once',
    appliesTo: {},
    title: {
      ja: '自動送信メールの文面と署名に休業を書く',
      en: 'Put the closure into the automatic mails and signatures',
    },
    why: {
      ja: '自動送信メールは休業中も送られます。文面や署名に休業期間と再開日がなければ、お客様は返事や発送が遅れる理由を知りません。',
      en: 'Automatic mails keep going out during the closure. Without the closure dates in the text or signature, buyers are not told why replies and parcels are late.',
    },
    howTo: {
      ja: [
        '[[os.mailStop]]',
        '署名と自動送信メールのテンプレートに、休業期間、発送の再開日、問い合わせへの返答の時期を書く',
        '保存したら、[[os.mailStart]]',
      ],
      en: [
        '[[os.mailStop]].',
        'Add the closure dates, the day shipping resumes and when inquiries will be answered to the signatures and automatic mail templates.',
        'Save. [[os.mailStart]].',
      ],
    },
    check: {
      ja: '署名に休業の案内が入り、自動送信メールが送られる状態に戻っていれば完了です。',
      en: 'Done when the signatures mention the closure and the automatic mails go out again.',
    },
    autoCheck: null,
    action: null,
  },
  {
    id: 'amazon.leadTime',
    phase: 'weekBefore',
    scope: 'perMall',
    appliesTo: { malls: ['amazon'] },
    title: {
      ja: '{mall}のリードタイムはモール商品CSVで変える',
      en: 'Change the {mall} lead time through the mall-product CSV',
    },
    why: {
      ja: '在庫連携を使っていると、Amazonのリードタイムはモール商品CSVの「発送までの日数」で上書きされます。Amazonの画面だけで延ばしても、次の在庫連携で元に戻ります。',
      en: 'With stock sync on, Amazon’s lead time is overwritten by the “発送までの日数” (days to ship) column of the mall-product CSV. Lengthening it only on Amazon is undone by the next sync.',
    },
    howTo: {
      ja: [
        '休業中の注文をいつ発送できるかを考え、延ばす日数を決める(延ばさないならこのステップは省略)',
        '[[os.system]]のモール商品CSVで、対象の商品の「発送までの日数」を変える',
        'CSVを[[os.system]]にアップロードし直す',
        'セラーセントラルで、商品のリードタイムが変わったことを確かめる',
      ],
      en: [
        'Decide how many days to add so that orders taken during the closure can ship on time (if you add none, skip this step).',
        'In the mall-product CSV of [[os.system]], change “発送までの日数” for the products concerned.',
        'Upload the CSV to [[os.system]] again.',
        'Check in Seller Central that the products’ lead time changed.',
      ],
    },
    check: {
      ja: '在庫連携の後も、Amazonのリードタイムが新しい日数のままなら完了です。',
      en: 'Done when Amazon still shows the new lead time after a stock sync.',
    },
    autoCheck: null,
    action: null,
  },

  // ───────────────────────────── last business day ─────────────────────────────
  {
    id: 'deferredPayment.loginBefore',
    phase: 'lastBusinessDay',
    scope: 'perApp',
    appliesTo: { apps: 'any' },
    title: { ja: '{app}にログインしておく', en: 'Log into {app}' },
    why: {
      ja: '後払いアプリはしばらくログインしないと[[os.system]]との接続が切れ、注文が「入金待ち」から進まなくなることがあります。休業に入る直前にログインしておき、その空白をできるだけ短くします。',
      en: 'A deferred-payment app can lose its link to [[os.system]] when nobody logs in for a while, and its orders then stay in 入金待ち (awaiting payment). Logging in right before the closure keeps that gap as short as possible.',
    },
    howTo: {
      ja: [
        '{app}の自動連携アプリにログインする',
        '連携の状態にエラーがないことを確かめる',
        '再開日にすぐログインできるよう、ログイン情報の置き場所を確かめる',
      ],
      en: [
        'Log into the {app} link app.',
        'Check that the link shows no error.',
        'Make sure the login details are at hand for the first day back.',
      ],
    },
    check: {
      ja: 'ログインでき、連携にエラーがなければ完了です。',
      en: 'Done when you could log in and the link shows no error.',
    },
    autoCheck: null,
    action: null,
  },
  {
    id: 'final.credentials',
    phase: 'lastBusinessDay',
    scope: 'once',
    appliesTo: {},
    title: {
      ja: 'すべての認証情報が再開日より後まで使えるか確かめる',
      en: 'Check that every credential lasts past the reopening day',
    },
    why: {
      ja: '最終営業日は、休業中に切れる認証情報を更新できる最後の機会です。楽天のキーのように使えるまで時間がかかるものもあるので、早い時間に確かめます。[[os.expiryWarning]]',
      en: 'The last business day is the last chance to renew a credential that would lapse during the closure. Some, like a Rakuten key, take a while to start working: check early in the day. [[os.expiryWarning]]',
    },
    howTo: {
      ja: [
        'このアプリの認証情報の一覧で、「営業再開日+余裕日数」より前に切れるものがないか確かめる',
        'あれば、すぐに更新して新しい有効期限を入力する',
        '更新したものは、受注の取込が動くのを確かめてから休業に入る',
      ],
      en: [
        'In this app’s credential list, look for anything that ends before the reopening day plus the margin.',
        'Renew any such credential at once and enter its new expiry date.',
        'Before closing, check that orders import with every credential you renewed.',
      ],
    },
    check: {
      ja: '登録されたすべての認証情報の期限が「営業再開日+余裕日数」より後なら、自動で完了になります。',
      en: 'Marked done by the app when every credential entered ends later than the reopening day plus the margin.',
    },
    autoCheck: 'credentialValidPastReopening',
    action: null,
  },
  {
    id: 'final.check',
    phase: 'lastBusinessDay',
    scope: 'once',
    appliesTo: {},
    title: { ja: '休業前の最終確認', en: 'Final check before closing' },
    why: {
      ja: '休業中は誰も画面を見ません。閉める前の数分の確認で、再開日に慌てずにすみます。',
      en: 'Nobody looks at the screens while the shop is closed; a few minutes of checking before leaving saves the first day back.',
    },
    howTo: {
      ja: [
        '[[os.system]]の非営業日の設定に、今回の休業が入っている',
        '自動送信メールが送られる状態に戻っている',
        '各モールの休業日カレンダーが設定されている',
        '最後の出荷の集荷と、再開後の最初の集荷が予約されている',
        '認証情報がすべて「営業再開日+余裕日数」より後まで有効である',
      ],
      en: [
        'The non-business days of [[os.system]] include this closure.',
        'The automatic mails are set to go out again.',
        'Every mall’s holiday calendar is set.',
        'The last pickup before the closure and the first one after it are booked.',
        'Every credential is valid past the reopening day plus the margin.',
      ],
    },
    check: {
      ja: 'すべての項目を確かめたら完了にします。',
      en: 'Mark it done when every item has been checked.',
    },
    autoCheck: null,
    action: null,
  },

  {
    id: 'amazon.vacationMode',
    phase: 'lastBusinessDay',
    scope: 'perMall',
    appliesTo: { malls: ['amazon'] },
    title: {
      ja: '{mall}を休暇設定に切り替える(選んだ場合)',
      en: 'Switch {mall} to vacation mode (if chosen)',
    },
    why: {
      ja: '休暇設定にすると、自己発送の出品は1時間ほどで表示されなくなり、休業中に発送できない注文が入りません。FBA の商品は休暇設定でも売れ続けます。',
      en: 'Vacation mode takes merchant-fulfilled listings down within about an hour, so no order you cannot ship comes in during the closure. FBA items keep selling.',
    },
    howTo: {
      ja: [
        '最終確認と最後の出荷を終えてから、セラーセントラルの出品用アカウント情報で休暇設定に切り替える',
        '1時間ほどたってから、自己発送の商品が表示されていないことを確かめる',
        '祝日の設定を選んだ場合は、カスタムの祝日が保存されているか確かめてこのステップをスキップする',
      ],
      en: [
        'After the final check and the last shipment, switch on vacation mode in the seller account info of Seller Central.',
        'After about an hour, check that merchant-fulfilled items no longer show.',
        'If you chose holiday settings instead, check that the custom holidays are saved and skip this step.',
      ],
    },
    check: {
      ja: '自己発送の出品が止まっていれば完了です。',
      en: 'Done when the merchant-fulfilled listings are down.',
    },
    autoCheck: null,
    action: null,
  },

  // ───────────────────────────── after reopening ─────────────────────────────
  {
    id: 'reopen.imports',
    phase: 'afterReopening',
    scope: 'once',
    appliesTo: {},
    title: {
      ja: '受注の取込と在庫連携が動いているか確かめる',
      en: 'Check that order import and stock sync are running',
    },
    why: {
      ja: '休業中に取込や連携が止まっていても、画面を開くまで誰も気づきません。再開日の朝に最初に見る項目です。',
      en: 'If import or sync stopped during the closure, nobody knows until someone looks. This is the first thing to check on the first morning back.',
    },
    howTo: {
      ja: [
        '[[os.system]]で、各モールの受注取込と在庫連携の最後の実行時刻とエラーを確かめる',
        'エラーがあれば、そのモールの認証情報の期限を確かめて更新する',
        '休業中の注文の出荷予定日が、休業中の日になっていないか確かめる',
      ],
      en: [
        'In [[os.system]], read the last run time and any errors of order import and stock sync for each mall.',
        'If one failed, check that mall’s credential and renew it.',
        'Check that orders taken during the closure did not get a planned ship date inside it.',
      ],
    },
    check: {
      ja: 'すべてのモールで取込と連携がエラーなく動いていれば完了です。',
      en: 'Done when import and sync run without errors for every mall.',
    },
    autoCheck: null,
    action: null,
  },
  {
    id: 'reopen.freeMail',
    phase: 'afterReopening',
    scope: 'once',
    appliesTo: {},
    title: {
      ja: '自動メールが出なかった注文に[[os.freeMailShort]]を送る',
      en: 'Send [[os.freeMailShort]] to orders that got no automatic mail',
    },
    why: {
      ja: '取り込んだ時点で受注日から1週間を過ぎていた注文には、受注確認メールが作られていません。お客様は注文が届いたかどうかもわかりません。',
      en: 'Orders that were more than a week old when imported got no order confirmation mail, so their buyers do not even know the order arrived.',
    },
    howTo: {
      ja: [
        '[対象の受注日をコピー]で、1週間を過ぎた受注日の範囲を確かめる',
        '[[os.system]]で、その期間の注文のうち受注確認メールのないものを探す',
        '[[os.freeMail]]で、お礼と発送予定を送る',
      ],
      en: [
        'Use [Copy mail-window dates] to see the order dates past the one-week window.',
        'In [[os.system]], find the orders of those dates that have no order confirmation mail.',
        'Send them [[os.freeMail]] with thanks and the expected ship date.',
      ],
    },
    check: {
      ja: '対象の注文すべてにメールを送れば完了です。',
      en: 'Done when every order concerned has been mailed.',
    },
    autoCheck: null,
    action: 'copyMailWindowDates',
  },
  {
    id: 'mall.holidayCalendarRestore',
    phase: 'afterReopening',
    scope: 'perMall',
    appliesTo: { malls: [...mallsWithHolidayCalendar] },
    title: {
      ja: '{mall}のカレンダーとお知らせを通常に戻す',
      en: 'Put the {mall} calendar and notices back to normal',
    },
    why: {
      ja: '休業の設定やお知らせを戻し忘れると、再開後も発送が遅れて見えたり、店が閉まっているように見えたりします。よくある失敗です。',
      en: 'Forgotten closure settings or notices make the shop look slow or still closed after reopening; it is a common slip.',
    },
    howTo: {
      ja: [
        '休業前に設定した{mall}のカレンダーを開く',
        '休業期間の後の日が営業日になっていることを確かめる',
        '休業のお知らせの文やバナーを外す',
      ],
      en: [
        'Open the {mall} calendar you set before the closure.',
        'Check that the days after the closure are business days.',
        'Remove the closure notice texts and banners.',
      ],
    },
    check: {
      ja: '{mall}の発送予定の表示が通常に戻っていれば完了です。',
      en: 'Done when {mall} shows the usual ship dates again.',
    },
    autoCheck: null,
    action: null,
    variants: {
      amazon: {
        howTo: {
          ja: [
            '休暇設定にしていたなら、セラーセントラルで休暇設定を解除し、自己発送の出品が表示されるのを確かめる',
            '祝日の設定にしていたなら、休業期間のカスタムの祝日が終わっていることを確かめる',
            'お届け日時指定の配送オプションを止めていたなら、元に戻す',
            '休業のお知らせの文やバナーを外す',
          ],
          en: [
            'If you used vacation mode, switch it off in Seller Central and check that merchant-fulfilled listings show again.',
            'If you used holiday settings, check that the custom holidays of the closure are over.',
            'If you turned date-specified delivery off, turn it back on.',
            'Remove the closure notice texts and banners.',
          ],
        },
      },
    },
  },
  {
    id: 'amazon.leadTimeRestore',
    phase: 'afterReopening',
    scope: 'perMall',
    appliesTo: { malls: ['amazon'] },
    title: { ja: '{mall}のリードタイムを元に戻す', en: 'Put the {mall} lead time back' },
    why: {
      ja: '延ばしたリードタイムをそのままにすると、再開後の注文でも発送が遅く表示されます。ここでもCSVを直さないと在庫連携で上書きされます。',
      en: 'A lengthened lead time left in place shows slow shipping on new orders too; and again, only the CSV survives the stock sync.',
    },
    howTo: {
      ja: [
        'モール商品CSVの「発送までの日数」を休業前の値に戻す(延ばしていなければ省略)',
        'CSVをアップロードし直す',
        'セラーセントラルでリードタイムが戻ったことを確かめる',
      ],
      en: [
        'Set “発送までの日数” in the mall-product CSV back to the usual value (skip if you did not change it).',
        'Upload the CSV again.',
        'Check in Seller Central that the lead time is back.',
      ],
    },
    check: {
      ja: '在庫連携の後も、Amazonのリードタイムが通常の日数なら完了です。',
      en: 'Done when Amazon shows the usual lead time after a stock sync.',
    },
    autoCheck: null,
    action: null,
  },
  {
    id: 'mail.templatesRestore',
    phase: 'afterReopening',
    scope: 'once',
    appliesTo: {},
    title: {
      ja: '自動送信メールから休業の案内を外す',
      en: 'Take the closure notice out of the automatic mails',
    },
    why: {
      ja: '休業の案内が残ったままだと、再開後のお客様にも発送が遅れるように伝わります。',
      en: 'A closure notice left in the mails tells buyers after reopening that shipping is delayed.',
    },
    howTo: {
      ja: ['[[os.mailStop]]', '署名とテンプレートから休業の文を外して保存する', '[[os.mailStart]]'],
      en: [
        '[[os.mailStop]].',
        'Remove the closure text from the signatures and templates and save.',
        '[[os.mailStart]].',
      ],
    },
    check: {
      ja: '署名から休業の案内が消え、自動送信メールが送られる状態なら完了です。',
      en: 'Done when the signatures no longer mention the closure and the automatic mails go out.',
    },
    autoCheck: null,
    action: null,
  },
  {
    id: 'deferredPayment.stuckOrders',
    phase: 'afterReopening',
    scope: 'perApp',
    appliesTo: { apps: 'any' },
    title: {
      ja: '{app}の「入金待ち」で止まった注文を動かす',
      en: 'Move {app} orders stuck in 入金待ち',
    },
    why: {
      ja: '長い休業は、まさにログインしない期間です。接続が切れると、{app}の注文が「入金待ち」のまま先へ進みません。',
      en: 'A long closure is exactly the kind of stretch without logins that breaks the link; {app} orders then stay in 入金待ち (awaiting payment).',
    },
    howTo: {
      ja: [
        '{app}の自動連携アプリにログインする',
        '[[os.system]]で、{app}の注文のうち「入金待ち」から進まないものを探す',
        'アプリのメイン機能でその受注伝票を開き、作業用欄など受注処理に影響しない項目を少し変えて更新する',
        '注文が次の状態に進んだことを確かめる',
      ],
      en: [
        'Log into the {app} link app.',
        'In [[os.system]], find the {app} orders that do not leave 入金待ち.',
        'Open each such order in the app’s main screen, change a harmless field such as the work memo, and save.',
        'Check that the orders moved on.',
      ],
    },
    check: {
      ja: '「入金待ち」で止まった{app}の注文がなくなれば完了です。',
      en: 'Done when no {app} order is stuck in 入金待ち any more.',
    },
    autoCheck: null,
    action: null,
  },
]

function resolveText(text: Bilingual, id: OrderSystemId): Bilingual {
  const p = orderSystemProfile(id)
  return { ja: resolveOrderSystemText(text.ja, 'ja', p), en: resolveOrderSystemText(text.en, 'en', p) }
}

function resolveList(list: BilingualList, id: OrderSystemId): BilingualList {
  const p = orderSystemProfile(id)
  return {
    ja: list.ja.map((t) => resolveOrderSystemText(t, 'ja', p)),
    en: list.en.map((t) => resolveOrderSystemText(t, 'en', p)),
  }
}

function resolveVariant(v: StepVariant, id: OrderSystemId): StepVariant {
  return {
    ...(v.why ? { why: resolveText(v.why, id) } : {}),
    ...(v.howTo ? { howTo: resolveList(v.howTo, id) } : {}),
    ...(v.check ? { check: resolveText(v.check, id) } : {}),
  }
}

function resolveDefinition(def: StepDefinition, id: OrderSystemId): StepDefinition {
  return {
    ...def,
    title: resolveText(def.title, id),
    why: resolveText(def.why, id),
    howTo: resolveList(def.howTo, id),
    check: resolveText(def.check, id),
    ...(def.variants
      ? {
          variants: Object.fromEntries(
            Object.entries(def.variants).map(([key, v]) => [key, resolveVariant(v, id)]),
          ),
        }
      : {}),
  }
}

const catalogs = new Map<OrderSystemId, readonly StepDefinition[]>()

/**
 * The catalog in the words of the shop's order system ('nextEngine', 'crossMall', …); an
 * unknown id gets the neutral wording. Same ids, phases and scopes for every system, so saved
 * step records match whichever system is chosen later.
 */
export function stepCatalogFor(orderSystemId: string | null | undefined): readonly StepDefinition[] {
  const id = orderSystemProfile(orderSystemId).id
  let catalog = catalogs.get(id)
  if (!catalog) {
    catalog = stepCatalogTemplate.map((def) => resolveDefinition(def, id))
    catalogs.set(id, catalog)
  }
  return catalog
}

/** The catalog in neutral wording (no order system chosen). */
export const stepCatalog: readonly StepDefinition[] = stepCatalogFor(defaultOrderSystemId)

export function findStep(
  id: string,
  catalog: readonly StepDefinition[] = stepCatalog,
): StepDefinition | undefined {
  return catalog.find((s) => s.id === id)
}

const PLACEHOLDERS_BY_SCOPE: Record<StepScope, readonly string[]> = {
  once: [],
  perCredential: ['shop', 'mall', 'credential'],
  perMall: ['shop', 'mall'],
  perApp: ['shop', 'app'],
}

/**
 * Problems of a catalog, as readable strings ([] when sound): duplicate ids, empty texts in
 * either language, ja/en step lists of different lengths, placeholders the scope cannot fill.
 */
export function validateCatalog(catalog: readonly StepDefinition[] = stepCatalog): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const def of catalog) {
    if (seen.has(def.id)) problems.push(`${def.id}: duplicate id`)
    seen.add(def.id)
    const allowed = PLACEHOLDERS_BY_SCOPE[def.scope]
    const texts: [string, Bilingual | undefined][] = [
      ['title', def.title],
      ['why', def.why],
      ['check', def.check],
    ]
    const lists: [string, BilingualList | undefined][] = [['howTo', def.howTo]]
    for (const [variantKey, variant] of Object.entries(def.variants ?? {})) {
      texts.push([`variants.${variantKey}.why`, variant.why], [`variants.${variantKey}.check`, variant.check])
      lists.push([`variants.${variantKey}.howTo`, variant.howTo])
    }
    const all: [string, string][] = []
    for (const [name, text] of texts) {
      if (!text) continue
      for (const lang of ['ja', 'en'] as const) {
        if (!text[lang].trim()) problems.push(`${def.id}: empty ${name}.${lang}`)
        all.push([`${name}.${lang}`, text[lang]])
      }
    }
    for (const [name, list] of lists) {
      if (!list) continue
      if (list.ja.length === 0) problems.push(`${def.id}: empty ${name}`)
      if (list.ja.length !== list.en.length) problems.push(`${def.id}: ${name} ja/en lengths differ`)
      for (const lang of ['ja', 'en'] as const) {
        list[lang].forEach((line, i) => {
          if (!line.trim()) problems.push(`${def.id}: empty ${name}.${lang}[${i}]`)
          all.push([`${name}.${lang}[${i}]`, line])
        })
      }
    }
    for (const [where, text] of all) {
      for (const token of orderSystemTokensIn(text)) {
        if (!(orderSystemTokens as readonly string[]).includes(token))
          problems.push(`${def.id}: ${where} uses unknown order-system token [[os.${token}]]`)
      }
      for (const m of text.matchAll(/\{(\w+)\}/g)) {
        if (!allowed.includes(m[1]!))
          problems.push(`${def.id}: ${where} uses {${m[1]}} in scope ${def.scope}`)
      }
    }
  }
  return problems
}
