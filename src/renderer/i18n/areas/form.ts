/**
 * Messages of the form pattern (components/form) and the dialogs: one wording for each kind of
 * problem, whatever the form. Limits come in as {max} from the constants main enforces.
 */
export default {
  ja: {
    form: {
      required: '{label}を入れてください',
      tooLong: '{label}は{max}文字までです(今 {n}文字)',
      counter: '{n} / {max}文字',
      limit: '{max}文字まで',
      secretLength: '長さは {min}〜{max}文字です。',
      summary: '直してほしいところが {n}か所あります',
      date: {
        hint: '例: 2026/12/29、12/29、2026-12-29',
        today: '今日の日付を入れる',
        invalid: '{label}の「{value}」は日付として読めません。2026/12/29 のように入れてください',
        notReal: '{label}の「{value}」はカレンダーにない日付です',
      },
      time: {
        hint: '例: 9:00、18:30、15時',
        invalid: '{label}の「{value}」は時刻として読めません。9:00 のように入れてください',
      },
    },
    dialog: {
      discardTitle: '入力した内容を破棄しますか?',
      discardBody: 'このまま閉じると、入力した内容は保存されません。',
      discard: '破棄して閉じる',
      keep: '入力を続ける',
    },
    toast: {
      more: 'ほか {n}件',
      moreLabel: 'ほかのお知らせを {n}件 表示',
      region: 'お知らせ',
    },
  },
  en: {
    form: {
      required: 'Enter the {label}',
      tooLong: 'The {label} can be at most {max} characters (now {n})',
      counter: '{n} / {max} characters',
      limit: 'Up to {max} characters',
      secretLength: 'It is {min}–{max} characters long.',
      summary: 'One thing to fix | {n} things to fix',
      date: {
        hint: 'e.g. 2026/12/29, 12/29, 2026-12-29',
        today: 'Use today’s date',
        invalid: 'The {label}, “{value}”, is not a date. Enter it like 2026/12/29',
        notReal: 'The {label}, “{value}”, is not a real date',
      },
      time: {
        hint: 'e.g. 9:00, 18:30',
        invalid: 'The {label}, “{value}”, is not a time. Enter it like 9:00',
      },
    },
    dialog: {
      discardTitle: 'Discard what you typed?',
      discardBody: 'If you close now, what you typed is not saved.',
      discard: 'Discard and close',
      keep: 'Keep editing',
    },
    toast: {
      more: '{n} more',
      moreLabel: 'Show {n} more message | Show {n} more messages',
      region: 'Messages',
    },
  },
}
