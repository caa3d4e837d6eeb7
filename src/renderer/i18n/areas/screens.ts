// Empty states: what each screen will hold, said honestly until it does.
export const screens = {
  ja: {
    empty: {
      dashboard: {
        title: 'まだ何も登録されていません',
        body: 'ここには、次の休業までの日数、期限が近い認証情報(急ぐものから順に)、休業準備の進み具合が表示されます。',
      },
      shops: {
        title: 'ショップがまだありません',
        body: '楽天市場・Yahoo!ショッピング・Amazon などのショップと、API キーや認可の有効期限をここで管理します。秘密の値は OS のキーチェーンにだけ保存されます。',
      },
      calendar: {
        title: '営業カレンダーはまだ設定されていません',
        body: '定休日・祝日・年末年始などの休業期間を登録すると、出荷予定日や自動メールの期限がここで分かります。',
      },
      prep: {
        title: '休業準備はまだ始まっていません',
        body: '休業の1週間前から、やることを一つずつ案内します。休み明けの確認もここで行います。',
      },
      notifications: {
        title: '通知はまだありません',
        body: '期限が近づくと、パソコンの通知でお知らせします。ここでは予定と履歴を確認できます。',
      },
    },
    settings: {
      title: '設定',
      dataDir: 'データの保存場所',
      keychain: '秘密の値の保管場所',
      keychainOk: '利用できます',
      keychainNg: '利用できません',
      version: 'バージョン',
      logDir: 'ログの保存場所',
      openLogs: 'フォルダを開く',
      openLogsManually: 'ここではフォルダを開けません。エクスプローラーなどで {path} を開いてください。',
    },
  },
  en: {
    empty: {
      dashboard: {
        title: 'Nothing registered yet',
        body: 'This is where you will see the days left until the next closure, credentials about to expire (most urgent first) and how far the preparation has come.',
      },
      shops: {
        title: 'No shops yet',
        body: 'Manage your shops on Rakuten, Yahoo! Shopping, Amazon and others, with the expiry dates of their API keys and authorizations. Secret values are kept only in the OS keychain.',
      },
      calendar: {
        title: 'The business calendar is not set up yet',
        body: 'Register weekly days off, holidays and closures such as New Year, and see ship dates and the automatic-mail deadlines here.',
      },
      prep: {
        title: 'No preparation under way yet',
        body: 'From a week before a closure, the app walks you through what to do, one step at a time, and through the checks after reopening.',
      },
      notifications: {
        title: 'No notifications yet',
        body: 'When a date comes close, your computer shows a notification. Here you see what is planned and what has been shown.',
      },
    },
    settings: {
      title: 'Settings',
      dataDir: 'Where data is stored',
      keychain: 'Where secret values are kept',
      keychainOk: 'Available',
      keychainNg: 'Not available',
      version: 'Version',
      logDir: 'Where logs are kept',
      openLogs: 'Open folder',
      openLogsManually: 'The folder cannot be opened from here. Open {path} in your file manager.',
    },
  },
}
