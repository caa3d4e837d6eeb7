import type { Bilingual } from '../types'

/**
 * The closure notices as data: ready-to-paste texts the shop edits and the app fills with the
 * closure's real dates. A template is plain text with {placeholders} (placeholders.ts); a line
 * whose placeholder has nothing to say (a shop open every day has no "usual days off") is left
 * out, so one template fits every shop.
 *
 * The wording is the app's own, polite Japanese first. Customer names and order numbers are not
 * placeholders here: the order system fills those in its own mail templates.
 */
export const noticeTemplateIds = ['shopNotice', 'banner', 'mailAddendum', 'autoReply', 'freeMail'] as const
export type NoticeTemplateId = (typeof noticeTemplateIds)[number]

export interface NoticeTemplate {
  id: NoticeTemplateId
  title: Bilingual
  /** Where it goes and when, in one sentence. */
  purpose: Bilingual
  body: Bilingual
}

export const noticeTemplates: readonly NoticeTemplate[] = [
  {
    id: 'shopNotice',
    title: { ja: 'ショップページ・モールのお知らせ', en: 'Shop page / mall notice' },
    purpose: {
      ja: 'ショップのトップページやモールのお知らせ欄に、休業の2〜3週間前から載せます。',
      en: 'Put it on the shop’s top page or the mall’s notice field two or three weeks before the closure.',
    },
    body: {
      ja: [
        '【休業のお知らせ】',
        '',
        'いつも{shopName}をご利用いただき、誠にありがとうございます。',
        '誠に勝手ながら、下記の期間は休業とさせていただきます。',
        '',
        '休業期間:{closurePeriod}',
        '',
        '■ 休業前の発送について',
        '{orderDeadline}までにいただいたご注文は、{lastShipDay}までに発送いたします。',
        'それ以降のご注文は、{reopening}から順に発送いたします。',
        '',
        '■ 休業中のご注文とお問い合わせ',
        '休業中もご注文は受け付けております。ご注文確認のご連絡と発送は、{reopening}から順にいたします。',
        'お問い合わせへのお返事も、{reopening}から順にさせていただきます。',
        '',
        '※ 通常の定休日:{regularDaysOff}',
        '',
        'ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。',
      ].join('\n'),
      en: [
        'Closure notice',
        '',
        'Thank you for shopping with {shopName}.',
        'We will be closed for the period below.',
        '',
        'Closed: {closurePeriod}',
        '',
        'Shipping before the closure',
        'Orders placed by {orderDeadline} ship by {lastShipDay}.',
        'Later orders ship in the order received from {reopening}.',
        '',
        'Orders and questions during the closure',
        'You can still order while we are closed. We will confirm orders and ship them in turn from {reopening}.',
        'We will answer questions in turn from {reopening}.',
        '',
        'Our usual days off: {regularDaysOff}',
        '',
        'We apologise for the inconvenience and thank you for your understanding.',
      ].join('\n'),
    },
  },
  {
    id: 'banner',
    title: { ja: 'バナー・一行のお知らせ', en: 'Banner line' },
    purpose: {
      ja: 'ページの上部や商品ページの目立つ所に置く、短い一文です。',
      en: 'One short line for the top of the page or a prominent spot on item pages.',
    },
    body: {
      ja: '【{closureTitle}】{closureRange}は休業いたします。{orderDeadline}までのご注文は{lastShipDay}までに発送します。',
      en: 'Closed {closureRange}. Orders placed by {orderDeadline} ship by {lastShipDay}.',
    },
  },
  {
    id: 'mailAddendum',
    title: { ja: '受注確認メールへの追記', en: 'Order confirmation mail addendum' },
    purpose: {
      ja: '休業の前の週から休業中の注文に送る受注確認メールの文面に、書き足します。発送予定日はご注文日ごとに計算しています。',
      en: 'Add it to the order confirmation mail for orders placed in the week before and during the closure. The ship date is computed for each order day.',
    },
    body: {
      ja: [
        '――――――――――――――――',
        '■ 休業のお知らせ',
        '{closurePeriod}は休業いたします。',
        '{orderDate}にいただいたご注文は、{shipDate}に発送の予定です。',
        '休業中のお問い合わせへのお返事は、{reopening}から順にいたします。',
        '――――――――――――――――',
      ].join('\n'),
      en: [
        '----------------',
        'Closure notice',
        'We are closed {closurePeriod}.',
        'An order placed on {orderDate} is planned to ship on {shipDate}.',
        'Questions sent during the closure are answered in turn from {reopening}.',
        '----------------',
      ].join('\n'),
    },
  },
  {
    id: 'autoReply',
    title: { ja: 'お問い合わせへの自動返信', en: 'Auto-reply to inquiries' },
    purpose: {
      ja: '休業中に届いたお問い合わせへ、自動で返す文面です。休業の初日から再開日まで使います。',
      en: 'The automatic answer to inquiries that arrive during the closure, from its first day to the reopening day.',
    },
    body: {
      ja: [
        'お問い合わせいただき、誠にありがとうございます。',
        '{shopName}は、{closurePeriod}の間、休業しております。',
        'いただいたお問い合わせには、{reopening}から順にお返事いたします。',
        'お待たせして申し訳ございませんが、今しばらくお待ちくださいませ。',
        '',
        '休業中にいただいたご注文は、{closureOrdersShip}から順に発送いたします。',
        '',
        '※ このメールは自動でお送りしています。',
      ].join('\n'),
      en: [
        'Thank you for your message.',
        'We are closed {closurePeriod}.',
        'We will answer in turn from {reopening}. We are sorry to keep you waiting.',
        '',
        'Orders placed during the closure ship in turn from {closureOrdersShip}.',
        '',
        'This is an automatic reply.',
      ].join('\n'),
    },
  },
  {
    id: 'freeMail',
    title: { ja: '休業明けのフリーメール', en: 'After-reopening free-form mail' },
    purpose: {
      ja: '取り込んだ時点で注文日から1週間を過ぎ、受注確認メールが自動で送られなかった注文へ、再開後に送ります。',
      en: 'Sent after reopening to orders that were more than a week old when imported and so got no automatic confirmation mail.',
    },
    body: {
      ja: [
        'このたびは{shopName}にご注文いただき、誠にありがとうございます。',
        '',
        '{closurePeriod}は休業しておりましたため、ご注文確認のご連絡が遅くなりました。',
        '大変申し訳ございません。',
        '',
        'ご注文の商品は、{closureOrdersShip}ごろに発送の予定です。',
        '発送しましたら、あらためてご連絡いたします。',
        '',
        'ご不明な点がございましたら、このメールにご返信ください。',
        '今後ともよろしくお願い申し上げます。',
      ].join('\n'),
      en: [
        'Thank you for your order with {shopName}.',
        '',
        'We were closed {closurePeriod}, so this confirmation comes late. We apologise for the wait.',
        '',
        'Your order is planned to ship around {closureOrdersShip}. We will write again when it is on its way.',
        '',
        'If you have any questions, simply reply to this mail.',
      ].join('\n'),
    },
  },
]

/**
 * Which notices a preparation step shows inline (by the catalog's step id), so that the wizard
 * asks for the texts right where the step says to write them.
 */
export const noticesForStep: Readonly<Record<string, readonly NoticeTemplateId[]>> = {
  'mall.holidayCalendar': ['shopNotice', 'banner'],
  'mail.templates': ['mailAddendum', 'autoReply'],
  'reopen.freeMail': ['freeMail'],
}
