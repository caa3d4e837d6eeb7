/**
 * Every error message of the app in one place: the stable code that crosses IPC (programs and
 * tests match on it; several messages may share one), and the wording, Japanese first. `{name}`
 * marks a parameter: errorText/appError fill it, and the type of their params is read off these
 * placeholders, so a missing or misspelled parameter fails the typecheck.
 *
 * A data file: it may grow past the usual 400 lines.
 */
export const catalog = {
  // The one door (dispatch.ts): schema failures, unknown channels, oversized inputs.
  internal: {
    code: 'internal',
    ja: '予期しないエラーが起きました。もう一度お試しください。続く場合はログフォルダを開いて担当者に送ってください。',
    en: 'Something unexpected went wrong. Please try again; if it keeps happening, open the log folder and send it to whoever helps you.',
  },
  unknownChannel: { code: 'unknown_channel', ja: '不明な操作です', en: 'Unknown operation' },
  /** The shell refuses it (electron/ipc.ts) before the door: the call came from another frame. */
  forbidden: { code: 'forbidden', ja: '許可されていない呼び出しです', en: 'This call is not allowed' },
  /** The browser host refuses it (host/server.ts) before the door: the body is no JSON. */
  invalidJson: { code: 'invalid_json', ja: '入力を読み取れません', en: 'The input could not be read' },
  inputTooLarge: { code: 'input_too_large', ja: '入力が大きすぎます', en: 'The input is too large' },
  inputMalformed: {
    code: 'invalid_input',
    ja: '入力の形式が正しくありません{where}',
    en: 'The input is not in the expected form{where}',
  },
  inputMissing: {
    code: 'invalid_input',
    ja: '必要な項目が入力されていません{where}',
    en: 'A required field is missing{where}',
  },
  inputWrongType: {
    code: 'invalid_input',
    ja: '入力の種類が正しくありません{where}',
    en: 'A field has the wrong type{where}',
  },
  inputUnknownFields: {
    code: 'invalid_input',
    ja: '知らない項目が含まれています: {keys}{where}',
    en: 'Unknown fields: {keys}{where}',
  },
  inputTooLong: {
    code: 'invalid_input',
    ja: '{maximum}文字までです{where}',
    en: 'At most {maximum} characters{where}',
  },
  inputTooBig: {
    code: 'invalid_input',
    ja: '値が大きすぎるか、長すぎます{where}',
    en: 'A value is too large or too long{where}',
  },
  inputTooSmall: {
    code: 'invalid_input',
    ja: '値が小さすぎるか、短すぎます(空欄かもしれません){where}',
    en: 'A value is too small or too short (perhaps empty){where}',
  },
  inputBadFormat: {
    code: 'invalid_input',
    ja: '書式が正しくありません{where}',
    en: 'A value is not in the right format{where}',
  },
  inputNotAChoice: {
    code: 'invalid_input',
    ja: '選べない値が指定されています{where}',
    en: 'A value is not one of the allowed choices{where}',
  },
  inputBadDate: {
    code: 'invalid_input',
    ja: '存在する日付を YYYY-MM-DD の形で入力してください{where}',
    en: 'Enter a date that exists, as YYYY-MM-DD{where}',
  },
  /** Appended to an input message when one field is to blame. */
  inputWhere: { code: 'invalid_input', ja: '(項目: {path})', en: ' (field: {path})' },

  // The keychain and the database.
  keychainUnavailable: {
    code: 'keychain_unavailable',
    ja: 'OS のキーチェーン(パスワード保管庫)が使えないため、秘密の値を保存・表示できません。平文で保存することはありません。{how}',
    en: 'The OS keychain is not available, so secret values cannot be stored or shown. They are never saved as plain text instead. {how}',
  },
  keychainHowDarwin: {
    code: 'keychain_unavailable',
    ja: '「キーチェーンアクセス」でログインキーチェーンのロックを解除してから、もう一度お試しください。',
    en: 'Unlock the login keychain in Keychain Access, then try again.',
  },
  keychainHowWindows: {
    code: 'keychain_unavailable',
    ja: 'Windows の「資格情報マネージャー」が使えるか確認してから、もう一度お試しください。',
    en: 'Check that Windows Credential Manager works, then try again.',
  },
  keychainHowLinux: {
    code: 'keychain_unavailable',
    ja: 'GNOME キーリングなどの Secret Service(libsecret)を入れてログインし、キーリングのロックを解除してから、もう一度お試しください。',
    en: 'Install and unlock a Secret Service keyring (for example GNOME Keyring with libsecret), then try again.',
  },
  databaseTooNew: {
    code: 'database_too_new',
    ja: 'このデータは新しいバージョンの休業準備ナビで作られています(形式 {found}、このアプリは {supported} まで)。データを守るため開きません。アプリを最新版に更新してください。',
    en: 'This data was written by a newer Holiday Prep (format {found}; this app supports up to {supported}). To keep it safe it was not opened. Please update the app.',
  },

  // A pasted secret (domain/secretInput.ts: the form shows it as the owner types, main refuses with it).
  // Positions only, never the secret's characters: a message can end up in a log.
  secretEmpty: { code: 'secret_empty', ja: '{label}が空です。', en: 'The {label} is empty.' },
  secretWhitespace: {
    code: 'secret_whitespace',
    ja: '{label}の途中に空白か改行が入っています({pos}文字目)。取り除いてから保存してください。',
    en: 'There is a space or line break inside the {label} (character {pos}). Remove it and save again.',
  },
  secretLineBreak: {
    code: 'secret_lineBreak',
    ja: '{label}の途中に改行が入っています({pos}文字目)。1行で入力してください。',
    en: 'There is a line break inside the {label} (character {pos}). Enter it on one line.',
  },
  secretFullWidth: {
    code: 'secret_fullWidth',
    ja: '{label}に全角文字が入っています({pos}文字目)。半角の英数字で入力してください。',
    en: 'The {label} contains a full-width character (character {pos}). Use half-width letters and digits.',
  },
  secretFullWidthInKey: {
    code: 'secret_fullWidth',
    ja: '{label}に全角文字が入っています({pos}文字目)。ファイルの中身をそのまま貼り付けてください。',
    en: 'The {label} contains a full-width character (character {pos}). Paste the file’s contents unchanged.',
  },
  secretInvalidChar: {
    code: 'secret_invalidChar',
    ja: '{label}に使えない文字が入っています({pos}文字目)。',
    en: 'The {label} contains a character that is not allowed (character {pos}).',
  },
  secretInvalidFormat: {
    code: 'secret_invalidFormat',
    ja: '{label}の形式が違います。もう一度コピーして貼り付けてください。',
    en: 'The {label} does not have the expected form. Copy and paste it again.',
  },
  secretTooShort: {
    code: 'secret_tooShort',
    ja: '{label}が短すぎます({length}文字。{min}文字以上のはずです)。コピーしたときに最初か最後の文字が抜けていないか確かめてください。',
    en: 'The {label} is too short ({length} characters; at least {min} expected). Check that the first or last character was not lost when copying.',
  },
  secretTooLong: {
    code: 'secret_tooLong',
    ja: '{label}が長すぎます({length}文字。{max}文字までです)。ほかの文字や2回分を一緒に貼り付けていないか確かめてください。',
    en: 'The {label} is too long ({length} characters; at most {max}). Check that nothing else was pasted along with it.',
  },
  secretCertificateNotKey: {
    code: 'secret_certificateNotKey',
    ja: '貼り付けたのは証明書(.crt)のようです。ここには秘密鍵(.key)の中身を貼り付けてください。',
    en: 'This looks like the certificate (.crt). Paste the contents of the private key (.key) here.',
  },
  secretNotPem: {
    code: 'secret_notPem',
    ja: '{label}の形になっていません。「-----BEGIN … PRIVATE KEY-----」の行から「-----END … PRIVATE KEY-----」の行までを、欠けずにすべて貼り付けてください。',
    en: 'This is not a complete private key. Paste everything from the “-----BEGIN … PRIVATE KEY-----” line to the “-----END … PRIVATE KEY-----” line.',
  },

  // The start-up dialog (electron/startupError.ts): what happened, then what to do. Never crosses IPC.
  startupTitle: {
    code: 'startup_failed',
    ja: '休業準備ナビを起動できません',
    en: 'Holiday Prep cannot start',
  },
  startupLog: { code: 'startup_failed', ja: '記録(ログ): {path}', en: 'Log: {path}' },
  startupTooNew: {
    code: 'database_too_new',
    ja: 'このデータは新しいバージョンの休業準備ナビで作られています。データを守るため開きません。',
    en: 'This data was written by a newer Holiday Prep. To keep it safe it was not opened.',
  },
  startupTooNewTodo: {
    code: 'database_too_new',
    ja: '休業準備ナビを最新版に更新してから起動してください。',
    en: 'Install the latest Holiday Prep, then start it again.',
  },
  startupLocked: {
    code: 'database_locked',
    ja: 'データのファイルを別のプログラムが使っているため、開けませんでした。',
    en: 'The data file is in use by another program and could not be opened.',
  },
  startupLockedTodo: {
    code: 'database_locked',
    ja: 'ほかに開いている休業準備ナビ(通知領域のアイコンも)を終了し、バックアップや同期のソフト(OneDrive など)が終わるのを待ってから、もう一度起動してください。直らないときはパソコンを再起動してください。',
    en: 'Quit any other Holiday Prep (check the tray icon too), let backup or sync software (OneDrive and the like) finish, then start again. If that does not help, restart the computer.',
  },
  startupDamaged: {
    code: 'database_damaged',
    ja: 'データのファイルが壊れていて読めません。',
    en: 'The data file is damaged and cannot be read.',
  },
  startupDamagedTodo: {
    code: 'database_damaged',
    ja: 'データのフォルダ({dataDir})の holiday-prep.sqlite を消さずに別の場所へ移してから起動すると、空の状態で始まります。設定 → バックアップ から、保存したバックアップか backups フォルダのコピーを復元できます。',
    en: 'Move holiday-prep.sqlite out of the data folder ({dataDir}) without deleting it and start again: the app starts empty, and Settings → Backup restores a saved backup or a copy from the backups folder.',
  },
  startupNativeModule: {
    code: 'native_module',
    ja: 'アプリの部品(データベースのモジュール)がこのバージョン用になっていないため、起動できません。',
    en: 'A part of the app (the database module) was not built for this version, so it cannot start.',
  },
  startupNativeModuleTodo: {
    code: 'native_module',
    ja: '休業準備ナビをインストールし直してください。開発中の場合は npm run dev か npm run start で起動してください(Electron 用に作り直します)。',
    en: 'Reinstall Holiday Prep. When developing, start it with npm run dev or npm run start (they rebuild it for Electron).',
  },
  startupNoAccess: {
    code: 'no_access',
    ja: 'データのフォルダに書き込めないため、起動できません。',
    en: 'The data folder cannot be written to, so the app cannot start.',
  },
  startupNoAccessTodo: {
    code: 'no_access',
    ja: 'フォルダ {dataDir} とその中のファイルが読み取り専用になっていないか、セキュリティソフトが止めていないか確認してください。',
    en: 'Check that {dataDir} and its files are not read-only and that security software is not blocking them.',
  },
  startupDiskFull: {
    code: 'disk_full',
    ja: 'ディスクの空きがないため、データを開けませんでした。',
    en: 'The disk is full, so the data could not be opened.',
  },
  startupDiskFullTodo: {
    code: 'disk_full',
    ja: '不要なファイルを消して空きを作ってから、もう一度起動してください。',
    en: 'Free some disk space, then start again.',
  },
  startupUnknown: {
    code: 'startup_failed',
    ja: '予期しないエラーで起動できませんでした({message})。',
    en: 'An unexpected error stopped the start ({message}).',
  },
  startupUnknownTodo: {
    code: 'startup_failed',
    ja: 'もう一度起動してください。繰り返すときは、下のログファイルをサポートに送ってください。',
    en: 'Start the app again. If it keeps happening, send the log file below to whoever supports you.',
  },

  // Shops and credentials.
  shopNotFound: {
    code: 'shop_not_found',
    ja: 'そのショップは見つかりません。ほかの画面で削除されたのかもしれません。画面を開き直してください。',
    en: 'That shop was not found. It may have been deleted elsewhere; open the screen again.',
  },
  credentialNotFound: {
    code: 'credential_not_found',
    ja: 'その認証情報は見つかりません。ほかの画面で削除されたのかもしれません。画面を開き直してください。',
    en: 'That credential was not found. It may have been deleted elsewhere; open the screen again.',
  },
  shopNameRequired: {
    code: 'shop_name_required',
    ja: 'ショップ名を入力してください。',
    en: 'Enter the shop name.',
  },
  unknownMall: {
    code: 'unknown_mall',
    ja: 'モールを一覧から選んでください。',
    en: 'Choose the mall from the list.',
  },
  mallChangeWithCredentials: {
    code: 'mall_change_with_credentials',
    ja: '認証情報が登録されているショップのモールは変えられません。別のモールなら、新しいショップとして追加してください。',
    en: 'The mall of a shop with credentials cannot be changed. For another mall, add a new shop.',
  },
  credentialKindFixed: {
    code: 'credential_mismatch',
    ja: 'この認証情報のショップや種類は変えられません。別の種類なら、新しく追加してください。',
    en: 'The shop and kind of a credential cannot be changed. For another kind, add a new one.',
  },
  certificateNotForCredential: {
    code: 'credential_mismatch',
    ja: 'この認証情報には証明書を登録できません。',
    en: 'A certificate cannot be registered for this credential.',
  },
  newSecretRequired: {
    code: 'secret_required',
    ja: '新しい{secret}を入力してください。保管している古い値を、新しい値に置き換えます。',
    en: 'Enter the new {secret}. It replaces the old value kept in the keychain.',
  },
  noCertificateKindForMall: {
    code: 'kind_not_for_mall',
    ja: '{mall}のショップには、証明書で登録する認証情報はありません。',
    en: 'Shops on {mall} have no credential registered with a certificate.',
  },
  kindNotForMall: {
    code: 'kind_not_for_mall',
    ja: 'この種類の認証情報は{mall}のショップには登録できません。一覧から選んでください。',
    en: 'This kind of credential cannot be registered for a shop on {mall}. Choose one from the list.',
  },
  unknownMeta: {
    code: 'unknown_meta',
    ja: 'この種類の認証情報にはない項目が含まれています。',
    en: 'The input holds a field this kind of credential does not have.',
  },
  labelRequired: {
    code: 'label_required',
    ja: '何の期限か分かる名前を入力してください。',
    en: 'Enter a name that says what expires.',
  },
  secretNotExpected: {
    code: 'secret_not_expected',
    ja: 'この種類の認証情報には、保管する秘密の値がありません。',
    en: 'This kind of credential has no secret value to keep.',
  },
  datesOrder: {
    code: 'dates_order',
    ja: '有効期限が発行日より前になっています。日付を確かめてください。',
    en: 'The expiry date is before the issue date. Check the dates.',
  },
  useCertificateImport: {
    code: 'certificate_required',
    ja: '証明書の期限と秘密鍵は、証明書ファイル(.crt と .key)から読み取ります。「証明書ファイルを選ぶ」から登録してください。',
    en: 'The expiry and the private key of a certificate are read from its files (.crt and .key). Register them with “Choose certificate files”.',
  },
  expiryOrIssueRequired: {
    code: 'expiry_required',
    ja: '有効期限を入力するか、発行日を入力して期限を推定してください。',
    en: 'Enter the expiry date, or the issue date to estimate it.',
  },
  expiryRequired: {
    code: 'expiry_required',
    ja: '有効期限を入力してください。モールの画面に出ている日付です。',
    en: 'Enter the expiry date the mall shows.',
  },
  expiryNotEstimable: {
    code: 'expiry_required',
    ja: 'この種類は期限を推定できません。モールの画面に出ている有効期限を入力してください。',
    en: 'The expiry of this kind cannot be estimated. Enter the expiry date the mall shows.',
  },
  noSecret: {
    code: 'no_secret',
    ja: 'この認証情報には保管している値がありません。',
    en: 'No secret value is kept for this credential.',
  },
  secretMissing: {
    code: 'secret_missing',
    ja: 'キーチェーンに値が見つかりません。キーチェーンを消去したか、別のパソコンからデータを移したのかもしれません。「編集」からもう一度入力してください。',
    en: 'The value was not found in the keychain (perhaps it was cleared, or the data came from another PC). Enter it again with Edit.',
  },

  // Certificate files.
  certificateFileTooLarge: {
    code: 'file_too_large',
    ja: '証明書(.crt)のファイルが大きすぎます({kb} KB。64 KB までです)。証明書や秘密鍵のファイルは普通 数 KB です。ほかのファイルを選んでいないか確かめてください。',
    en: 'The certificate (.crt) file is too large ({kb} KB; at most 64 KB). Certificate and key files are usually a few KB: check that you picked the right file.',
  },
  privateKeyFileTooLarge: {
    code: 'file_too_large',
    ja: '秘密鍵(.key)のファイルが大きすぎます({kb} KB。64 KB までです)。証明書や秘密鍵のファイルは普通 数 KB です。ほかのファイルを選んでいないか確かめてください。',
    en: 'The private key (.key) file is too large ({kb} KB; at most 64 KB). Certificate and key files are usually a few KB: check that you picked the right file.',
  },
  certificateValidityUnreadable: {
    code: 'not_certificate',
    ja: '証明書の有効期間を読み取れませんでした。ストアクリエイターPro からダウンロードした .crt ファイルを選んでください。',
    en: 'The validity period of the certificate could not be read. Pick the .crt file downloaded from Store Creator Pro.',
  },
  keyInCertificateField: {
    code: 'files_swapped',
    ja: '証明書(.crt)の欄に秘密鍵のファイルが選ばれています。.crt と .key を入れ替えて選び直してください。',
    en: 'A private key was picked in the certificate (.crt) field. Pick the .crt and the .key the other way round.',
  },
  notCertificate: {
    code: 'not_certificate',
    ja: '選んだファイルは証明書として読み取れません。「-----BEGIN CERTIFICATE-----」で始まる .crt ファイルを選んでください。',
    en: 'The file you picked cannot be read as a certificate. Pick the .crt file that starts with “-----BEGIN CERTIFICATE-----”.',
  },
  certificateDamaged: {
    code: 'not_certificate',
    ja: '証明書ファイルが壊れているか、途中で切れています。ダウンロードし直したファイルを選んでください。',
    en: 'The certificate file is damaged or cut short. Download it again and pick the new file.',
  },
  keyEncrypted: {
    code: 'key_encrypted',
    ja: '秘密鍵がパスワードで暗号化されています。このアプリには、暗号化されていない .key ファイル(ダウンロードしたままのもの)を選んでください。',
    en: 'The private key is protected with a password. Pick the unencrypted .key file (as it was downloaded).',
  },
  certificateInKeyField: {
    code: 'files_swapped',
    ja: '秘密鍵(.key)の欄に証明書のファイルが選ばれています。.crt と .key を入れ替えて選び直してください。',
    en: 'A certificate was picked in the private key (.key) field. Pick the .crt and the .key the other way round.',
  },
  notPrivateKey: {
    code: 'not_private_key',
    ja: '選んだファイルは秘密鍵として読み取れません。「-----BEGIN … PRIVATE KEY-----」で始まる .key ファイルを選んでください。',
    en: 'The file you picked cannot be read as a private key. Pick the .key file that starts with “-----BEGIN … PRIVATE KEY-----”.',
  },
  privateKeyDamaged: {
    code: 'not_private_key',
    ja: '秘密鍵のファイルが壊れているか、途中で切れています。ダウンロードし直したファイルを選んでください。',
    en: 'The private key file is damaged or cut short. Download it again and pick the new file.',
  },
  certificateMissing: {
    code: 'certificate_missing',
    ja: '証明書(.crt)のファイルを選んでください。',
    en: 'Pick the certificate (.crt) file.',
  },
  keyMissing: {
    code: 'key_missing',
    ja: '秘密鍵(.key)のファイルを選んでください。',
    en: 'Pick the private key (.key) file.',
  },
  keyMismatch: {
    code: 'key_mismatch',
    ja: 'この秘密鍵(.key)は、選んだ証明書(.crt)と組になっていません。同じときにダウンロードした .crt と .key を選んでください。',
    en: 'This private key (.key) does not belong to the certificate (.crt) you picked. Pick the .crt and .key that were downloaded together.',
  },
  certificateExpired: {
    code: 'certificate_expired',
    ja: 'この証明書は {date} {time} に期限が切れています。ストアクリエイターPro から新しい証明書をダウンロードして選んでください。',
    en: 'This certificate expired on {date} {time} (Japan time). Download a new certificate from Store Creator Pro and pick it.',
  },

  // The wizard.
  runNotFound: {
    code: 'run_not_found',
    ja: 'この休業の準備の記録が見つかりません。画面を開き直してください。',
    en: 'This preparation record was not found. Open the screen again.',
  },
  wizardClosureNotFound: {
    code: 'closure_not_found',
    ja: 'その休業期間は見つかりません。営業カレンダーで削除されたのかもしれません。',
    en: 'That closure was not found. It may have been deleted in the business calendar.',
  },
  runClosed: {
    code: 'run_closed',
    ja: 'この休業の準備はもう終わっていて、記録は変更できません(見ることはできます)。',
    en: 'The preparation for this closure is over; its record can be read but no longer changed.',
  },
  noRun: {
    code: 'no_run',
    ja: '「{closure}」は終わっていて、準備の記録はありません。',
    en: '“{closure}” is over and no preparation was recorded for it.',
  },
  skipReasonRequired: {
    code: 'skip_reason_required',
    ja: 'スキップする理由を書いてください(例: 「Amazonのリードタイムは変えないため」)。あとで見返したときや、ほかの人が引き継いだときの手がかりになります。',
    en: 'Write why you skip this step (for example “we keep the Amazon lead time as it is”). It helps when you look back, or when someone else takes over.',
  },
  stepNotFound: {
    code: 'step_not_found',
    ja: 'このステップは今の設定では準備の対象になっていません(ショップを休止したか、認証情報を削除したのかもしれません)。画面を開き直してください。',
    en: 'This step is not part of the preparation with the current setup (a shop may have been paused or a credential deleted). Open the screen again.',
  },
  confirmContradicted: {
    code: 'confirm_contradicted',
    ja: 'アプリのデータでは、このステップはまだ満たされていません(たとえば、有効期限が休み明け+余裕日数より前のまま)。本当に完了にしますか? 完了にしても「データと食い違い」の印が残ります。先に日付を直すと、自動で完了になります。',
    en: 'By the app’s data this step does not hold yet (an expiry date still before the reopening day plus the margin, for instance). Mark it done anyway? It will stay marked “data disagrees”. Correct the date first and the step is done by itself.',
  },
  autoDone: {
    code: 'auto_done',
    ja: 'このステップは、アプリがデータから「完了」と判定しています(有効期限が再開日+余裕日数より後、など)。未完了に戻すには元のデータを直してください。やらないことにする場合は「スキップ」を使ってください。',
    en: 'The app marked this step done from the data (an expiry date after the reopening day plus the margin, for instance). To reopen it, correct that data; if you will not do it, use Skip.',
  },

  // Reminders.
  reminderNotFound: {
    code: 'reminder_not_found',
    ja: 'そのお知らせは見つかりません。画面を開き直してください。',
    en: 'That reminder was not found. Open the screen again.',
  },
  reminderDismissed: {
    code: 'reminder_dismissed',
    ja: 'このお知らせはもう閉じています。',
    en: 'This reminder has already been dismissed.',
  },
  reminderReplaced: {
    code: 'reminder_replaced',
    ja: 'このお知らせは、同じ件の新しいお知らせに置き換わりました。新しい方をご覧ください。',
    en: 'A newer reminder about the same thing has replaced this one. See the newer one.',
  },

  // Closure notices.
  noticeEmpty: {
    code: 'notice_empty',
    ja: '文面が空です。元の文面に戻すときは「元に戻す」を押してください。',
    en: 'The text is empty. To go back to the original text, press “Reset”.',
  },
  shopGone: { code: 'not_found', ja: 'そのショップは見つかりません', en: 'That shop was not found' },

  // Backups.
  backupTooLarge: {
    code: 'backup_too_large',
    ja: 'バックアップファイルが大きすぎます。',
    en: 'The backup file is too large.',
  },
  backupUnreadable: {
    code: 'backup_unreadable',
    ja: 'このファイルは休業準備ナビのバックアップとして読み取れません(壊れているか、別のファイルです)。何も変更していません。',
    en: 'This file cannot be read as a Holiday Prep backup (it is damaged or a different file). Nothing was changed.',
  },
  backupInvalid: {
    code: 'backup_invalid',
    ja: 'バックアップの中身が正しくありません。何も変更していません。',
    en: 'The backup content is not valid. Nothing was changed.',
  },
  backupTooNew: {
    code: 'backup_too_new',
    ja: 'このバックアップは新しいバージョンの休業準備ナビで作られています。アプリを更新してから復元してください。何も変更していません。',
    en: 'This backup was made by a newer Holiday Prep. Update the app, then restore. Nothing was changed.',
  },
  backupInconsistent: {
    code: 'backup_invalid',
    ja: 'バックアップの中身に矛盾があります(足りない項目や、ありえない値)。何も変更していません。',
    en: 'The backup content is inconsistent (missing fields or impossible values). Nothing was changed.',
  },
  backupConflict: {
    code: 'backup_conflict',
    ja: 'バックアップを今のデータに重ねられませんでした。何も変更していません。「空にして復元」をお試しください。',
    en: 'The backup could not be merged into the current data. Nothing was changed. Try “replace”.',
  },

  // Reminder settings (remindersRules.ts: the form shows them all, main refuses with the first).
  notifyAtInvalid: {
    code: 'reminder_settings_invalid',
    ja: '通知する時刻は 09:00 のように 時:分 で入れてください。',
    en: 'Enter the reminder time as hours:minutes, for example 09:00.',
  },
  quietHoursInvalid: {
    code: 'reminder_settings_invalid',
    ja: '通知しない時間帯の始まりと終わりを 22:00 のように 時:分 で入れてください。',
    en: 'Enter the start and end of the quiet hours as hours:minutes, for example 22:00.',
  },
  quietHoursEmpty: {
    code: 'reminder_settings_invalid',
    ja: '通知しない時間帯の始まりと終わりが同じ時刻です。',
    en: 'The quiet hours start and end at the same time.',
  },
  notifyAtInQuietHours: {
    code: 'reminder_settings_invalid',
    ja: '通知する時刻({notifyAt})が通知しない時間帯に入っています。お知らせは時間帯が終わる {end} に出ます。',
    en: 'The reminder time ({notifyAt}) lies inside the quiet hours: reminders would wait until {end}.',
  },
  wizardLeadDaysInvalid: {
    code: 'reminder_settings_invalid',
    ja: '休業準備のお知らせは、休業の 1〜{max} 日前の整数で入れてください。',
    en: 'The preparation reminder must come 1 to {max} days (a whole number) before the closure.',
  },
  unknownKind: {
    code: 'reminder_settings_invalid',
    ja: '「{kind}」という種類の認証情報はありません。',
    en: 'There is no credential kind "{kind}".',
  },
  thresholdsMissing: {
    code: 'reminder_settings_invalid',
    ja: '{kind}の日数を入れてください。',
    en: 'Enter the days for {kind}.',
  },
  thresholdsTooMany: {
    code: 'reminder_settings_invalid',
    ja: '{kind}の通知日は{max}個までにしてください。',
    en: 'Keep to {max} reminder days for {kind}.',
  },
  thresholdOutOfRange: {
    code: 'reminder_settings_invalid',
    ja: '{kind}の日数は 0〜{max} の整数で入れてください(0 は期限の当日)。',
    en: 'Days for {kind} must be whole numbers from 0 to {max} (0 is the day itself).',
  },
  thresholdTwice: {
    code: 'reminder_settings_invalid',
    ja: '{kind}に同じ日数が2回入っています。',
    en: 'The same number of days appears twice for {kind}.',
  },
  /** The {kind} of the threshold messages for the credentials a shop registered under its own name. */
  customCredentials: {
    code: 'reminder_settings_invalid',
    ja: '独自に登録した認証情報',
    en: 'credentials you registered yourself',
  },

  // The business calendar (calendarValidation.ts: the form shows them all, main refuses with the first).
  calendarClosureNotFound: {
    code: 'not_found',
    ja: 'その休業期間は見つかりません',
    en: 'That closure was not found',
  },
  closureNameEmpty: {
    code: 'calendar_closure.name.empty',
    ja: '休業の名前を入れてください（例: 年末年始）',
    en: 'Give the closure a name (e.g. New Year)',
  },
  closureNameTooLong: {
    code: 'calendar_closure.name.tooLong',
    ja: '名前は{max}文字までにしてください',
    en: 'Keep the name to {max} characters or fewer',
  },
  closureNameInvalid: {
    code: 'calendar_closure.name.invalid',
    ja: '名前に改行やタブは使えません',
    en: 'The name cannot contain line breaks or tabs',
  },
  closureStartMissing: {
    code: 'calendar_closure.start.missing',
    ja: '開始日を入れてください',
    en: 'Enter the first day',
  },
  closureEndMissing: {
    code: 'calendar_closure.end.missing',
    ja: '終了日を入れてください',
    en: 'Enter the last day',
  },
  closureStartInvalid: {
    code: 'calendar_closure.start.invalid',
    ja: '開始日の「{value}」はカレンダーにない日付です',
    en: 'The first day, {value}, is not a real date',
  },
  closureEndInvalid: {
    code: 'calendar_closure.end.invalid',
    ja: '終了日の「{value}」はカレンダーにない日付です',
    en: 'The last day, {value}, is not a real date',
  },
  closureEndBeforeStart: {
    code: 'calendar_closure.end.beforeStart',
    ja: '終了日が開始日より前になっています',
    en: 'The last day is before the first day',
  },
  closureTooLong: {
    code: 'calendar_closure.tooLong',
    ja: '休業期間が{days}日あります。1つの休業は{max}日以内にしてください',
    en: 'This closure lasts {days} days; one closure can be at most {max} days',
  },
  closureOverlap: {
    code: 'calendar_closure.overlap',
    ja: '「{name}」（{from}〜{to}）と期間が重なっています',
    en: 'This overlaps the closure "{name}" ({from}–{to})',
  },
  weeklyOffInvalid: {
    code: 'calendar_weeklyOff.invalid',
    ja: '定休日の曜日が正しくありません',
    en: 'The weekly days off are not valid weekdays',
  },
  weeklyOffDuplicate: {
    code: 'calendar_weeklyOff.duplicate',
    ja: '定休日に同じ曜日が2回入っています',
    en: 'A weekday is listed twice in the weekly days off',
  },
  weeklyOffAllDays: {
    code: 'calendar_weeklyOff.allDays',
    ja: '毎日が定休日になっています。営業する曜日を少なくとも1つ残してください',
    en: 'Every day of the week is a day off. Leave at least one weekday open',
  },
  useHolidaysInvalid: {
    code: 'calendar_useHolidays.invalid',
    ja: '祝日を休みにするかどうかを選んでください',
    en: 'Choose whether public holidays are days off',
  },
  cutoffTimeInvalid: {
    code: 'calendar_cutoffTime.invalid',
    ja: '締め時刻は 00:00〜23:59 の「時:分」で入れてください（例: 12:00）',
    en: 'Enter the cut-off time as hours:minutes between 00:00 and 23:59 (e.g. 12:00)',
  },
  leadTimeDaysInvalid: {
    code: 'calendar_leadTimeDays.invalid',
    ja: '発送までの営業日数は 0〜{max} の整数で入れてください',
    en: 'Enter the business days until shipping as a whole number from 0 to {max}',
  },
  followUpDaysInvalid: {
    code: 'calendar_followUpDays.invalid',
    ja: '休み明けの確認期間は {min}〜{max} 日の整数で入れてください(自動メールの1週間の期限を見届けるため、{min}日より短くはできません)',
    en: 'Enter the reopening follow-up as a whole number of days from {min} to {max} (it cannot be shorter than {min} days, to see the one-week mail window through)',
  },
  closuresInvalid: {
    code: 'calendar_closures.invalid',
    ja: '休業期間の一覧が読み取れません',
    en: 'The list of closures could not be read',
  },
  closuresTooMany: {
    code: 'calendar_closures.tooMany',
    ja: '休業期間は{max}件までです。終わった休業を削除してください',
    en: 'At most {max} closures can be saved. Delete closures that are over',
  },
  closureIdInvalid: {
    code: 'calendar_closure.id.invalid',
    ja: '休業期間の識別子がありません',
    en: 'A closure has no identifier',
  },
  closureIdDuplicate: {
    code: 'calendar_closure.id.duplicate',
    ja: '休業期間の識別子が重複しています',
    en: 'Two closures share one identifier',
  },
  extraBusinessDaysInvalid: {
    code: 'calendar_extraBusinessDays.invalid',
    ja: '臨時営業日の一覧が読み取れません',
    en: 'The list of extra business days could not be read',
  },
  extraBusinessDaysTooMany: {
    code: 'calendar_extraBusinessDays.tooMany',
    ja: '臨時営業日は{max}日までです。過ぎた日を削除してください',
    en: 'At most {max} extra business days can be saved. Delete days that are past',
  },
  extraBusinessDaysDateInvalid: {
    code: 'calendar_extraBusinessDays.dateInvalid',
    ja: '臨時営業日に正しくない日付があります（{value}）',
    en: 'One of the extra business days is not a real date ({value})',
  },
  extraNonBusinessDaysInvalid: {
    code: 'calendar_extraNonBusinessDays.invalid',
    ja: '臨時休業日の一覧が読み取れません',
    en: 'The list of extra days off could not be read',
  },
  extraNonBusinessDaysTooMany: {
    code: 'calendar_extraNonBusinessDays.tooMany',
    ja: '臨時休業日は{max}日までです。過ぎた日を削除してください',
    en: 'At most {max} extra days off can be saved. Delete days that are past',
  },
  extraNonBusinessDaysDateInvalid: {
    code: 'calendar_extraNonBusinessDays.dateInvalid',
    ja: '臨時休業日に正しくない日付があります（{value}）',
    en: 'One of the extra days off is not a real date ({value})',
  },
  extraDaysConflict: {
    code: 'calendar_extraDays.conflict',
    ja: '{date} が臨時営業日と臨時休業日の両方に入っています',
    en: '{date} is both an extra business day and an extra day off',
  },

  // Reading an order CSV (domain/orderCsv): the check's panel shows them, they never cross IPC.
  // The code's last part is the OrderCsvError's own code.
  orderCsvUnreadableBytes: {
    code: 'order_csv.encoding',
    ja: '文字として読めないところがあります。注文システムから UTF-8 か Shift_JIS の CSV として出力し直してください({encoding} として読みました)。',
    en: 'The file has bytes that are not text. Export the CSV again from the order system as UTF-8 or Shift_JIS (read as {encoding}).',
  },
  orderCsvUnreadableBytesOnLine: {
    code: 'order_csv.encoding',
    ja: '{line}行目に文字として読めないところがあります。注文システムから UTF-8 か Shift_JIS の CSV として出力し直してください({encoding} として読みました)。',
    en: 'Line {line} has bytes that are not text. Export the CSV again from the order system as UTF-8 or Shift_JIS (read as {encoding}).',
  },
  orderCsvQuoteNotClosed: {
    code: 'order_csv.quotes',
    ja: '{line}行目: 「"」で始まった欄が閉じられていません。その行の「"」の数を確かめるか、注文システムから出力し直してください。',
    en: 'Line {line}: a field opened with " is never closed. Check the quotes on that line, or export the file again.',
  },
  orderCsvNoDateColumn: {
    code: 'order_csv.noDateColumn',
    ja: '受注日の列が見つかりません。どの列が受注日(注文日)か選んでください。',
    en: 'No order-date column was found. Pick the column that holds the order date.',
  },
  orderCsvFieldCount: {
    code: 'order_csv.fields',
    ja: '{line}行目: 欄の数が見出しと合いません(見出しは{headerFields}列、この行は{rowFields}列)。欄の中の「,」が「"」で囲まれているか確かめてください。',
    en: 'Line {line}: the number of fields does not match the header ({headerFields} in the header, {rowFields} here). Check that commas inside a field are quoted.',
  },
  orderCsvCancelled: {
    code: 'order_csv.cancelled',
    ja: '読み込みを止めました。',
    en: 'Reading was stopped.',
  },
  orderCsvEmpty: {
    code: 'order_csv.empty',
    ja: 'ファイルが空です。注文システムから受注CSVを出力し直してください。',
    en: 'The file is empty. Export the order CSV again from the order system.',
  },
} as const
