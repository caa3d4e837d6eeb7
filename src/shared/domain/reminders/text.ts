import { formatDate, monthDay, monthDayRange } from '../dateFormat'
import { addDays, slashDate } from '../isoDate'
import type { Bilingual, IsoDate, Lang } from '../types'
import type { ClosureForReminders, CredentialForReminders } from './types'

/**
 * What each notification says, in Japanese and English. Written for a shop owner reading a
 * notification on the desktop: say what runs out, when, and what to do, in one glance.
 * OS notifications cut long titles, so the title carries the essentials and the body the rest.
 */

export interface ReminderText {
  title: Bilingual
  body: Bilingual
}

// Dates in titles are '12/29' (monthDay): short enough for a title; the year is obvious.

function closureRange(c: ClosureForReminders): Bilingual {
  return {
    ja: monthDayRange(c.closure.start, c.closure.end, 'ja'),
    en: monthDayRange(c.closure.start, c.closure.end, 'en'),
  }
}

function closureName(c: ClosureForReminders): Bilingual {
  const name = c.closure.name.trim()
  return { ja: name || '休業', en: name || 'the closure' }
}

/** '楽天市場 ○○店：ライセンスキー' — mall first, because a shop may have the same name on several malls. */
function credentialName(cred: CredentialForReminders): Bilingual {
  const label = cred.label.trim()
  const withLabel = label !== '' && label !== cred.kindName.ja && label !== cred.kindName.en
  return {
    ja: `${cred.mallName.ja} ${cred.shopName}：${cred.kindName.ja}${withLabel ? `(${label})` : ''}`,
    en: `${cred.mallName.en} ${cred.shopName}: ${cred.kindName.en}${withLabel ? ` (${label})` : ''}`,
  }
}

/** '12/25(金)' / 'Fri 12/25': a deadline reads with its weekday. */
const monthDayWeek = (date: IsoDate, lang: Lang): string => formatDate(date, lang, 'short')

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`
}

/**
 * The texts about one credential. The planner may word dozens of its reminders in one plan
 * (every threshold ahead, for 10,000 credentials), so the parts that do not depend on the day
 * are composed once here and shared.
 */
export interface CredentialTexts {
  /**
   * The expiry is `daysLeft` days after the day the notification shows (negative: already
   * expired), so a reminder shown late still counts true.
   */
  expiry(daysLeft: number, shownOn: IsoDate): ReminderText
  /**
   * The credential expires inside `c` or within the margin after its reopening. Shown after the
   * last business day (a credential entered during the closure), it no longer asks for the
   * impossible "before the closure".
   */
  closureRisk(c: ClosureForReminders, shownOn: IsoDate): ReminderText
}

/**
 * `riskClosure` is a closure the credential expires in or just after. While that closure is
 * still ahead, "before the closure" is the deadline the owner really has, so the body says so.
 */
export function credentialTexts(
  cred: CredentialForReminders,
  riskClosure: ClosureForReminders | null,
): CredentialTexts {
  const name = credentialName(cred)
  const until = slashDate(cred.expiresOn)
  const renewBy = cred.renewBy ?? null
  let soon: Bilingual | undefined
  let beforeClosure: Bilingual | undefined
  let expired: ReminderText | undefined
  let today: ReminderText | undefined
  return {
    expiry(daysLeft, shownOn) {
      if (daysLeft < 0) {
        // Whenever it is shown (the PC may have been off all through the closure), it says
        // since when imports have stopped: the first day without the credential.
        const stopped = monthDay(addDays(cred.expiresOn, 1))
        const during =
          riskClosure !== null &&
          cred.expiresOn >= addDays(riskClosure.closure.start, -1) &&
          cred.expiresOn < addDays(riskClosure.reopening, -1)
        return (expired ??= {
          title: {
            ja: `期限切れ：${name.ja}（${stopped}から受注の取り込みが止まっています）`,
            en: `Expired: ${name.en} (order import stopped on ${stopped})`,
          },
          body: during
            ? {
                ja: `休業中の ${until} で期限が切れ、${stopped} から受注の取り込みや在庫連携が止まっています。今すぐ更新し、止まっていた間の注文を取り込んでください。`,
                en: `It ran out during the closure (valid until ${until}): order import and stock sync have stopped since ${stopped}. Renew it now, then import the orders that waited.`,
              }
            : {
                ja: `有効期限 ${until} を過ぎ、${stopped} から受注の取り込みや在庫連携が止まっています。今すぐ更新してください。`,
                en: `It was valid until ${until}: order import and stock sync have stopped since ${stopped}. Renew it now.`,
              },
        })
      }
      if (daysLeft === 0) {
        return (today ??= {
          title: { ja: `${name.ja}の期限は今日までです`, en: `${name.en} expires today` },
          body: {
            ja: `有効期限は今日 ${until} までです。切れると受注の取り込みや在庫連携が止まります。今日のうちに更新してください。`,
            en: `It is valid until today, ${until}. Once it runs out, order import and stock sync stop: renew it today.`,
          },
        })
      }
      const title = {
        ja: `${name.ja}の期限まであと${daysLeft}日`,
        en: `${name.en} expires in ${days(daysLeft)}`,
      }
      if (riskClosure !== null && shownOn < riskClosure.closure.start) {
        const range = closureRange(riskClosure)
        if (renewBy !== null && renewBy === shownOn) {
          return {
            title,
            body: {
              ja: `有効期限は ${until} ですが、休業(${range.ja})があるため、今日のうちに更新してください。`,
              en: `It is valid until ${until}, but with the closure (${range.en}) ahead, renew it today.`,
            },
          }
        }
        if (renewBy !== null && renewBy > shownOn) {
          beforeClosure ??= {
            ja: `有効期限は ${until} ですが、休業(${range.ja})があるため ${monthDayWeek(renewBy, 'ja')} までに更新してください。`,
            en: `It is valid until ${until}, but with the closure (${range.en}) ahead, renew it by ${monthDayWeek(renewBy, 'en')}.`,
          }
          return { title, body: beforeClosure }
        }
        if (renewBy === null) {
          return {
            title,
            body: {
              ja: `有効期限は ${until} です。休業(${range.ja})に入る前に更新してください。`,
              en: `It is valid until ${until}. Renew it before the closure (${range.en}) begins.`,
            },
          }
        }
        return {
          title,
          body: {
            ja: `有効期限は ${until} です。休業(${range.ja})に入る前の更新期限を過ぎています。今日のうちに更新してください。`,
            en: `It is valid until ${until}. The day to renew it by before the closure (${range.en}) has passed: renew it today.`,
          },
        }
      }
      soon ??= {
        ja: `有効期限は ${until} です。切れると受注の取り込みや在庫連携が止まるので、早めに更新してください。`,
        en: `It is valid until ${until}. Once it runs out, order import and stock sync stop: renew it in good time.`,
      }
      return { title, body: soon }
    },

    closureRisk(c, shownOn) {
      const range = closureRange(c)
      const lastDay = monthDay(c.lastBusinessDay)
      const during = cred.expiresOn <= c.closure.end
      const title = during
        ? {
            ja: `${name.ja}は休業中(${range.ja})に期限が切れます`,
            en: `${name.en} expires during the closure (${range.en})`,
          }
        : {
            ja: `${name.ja}は休業明けすぐ(${monthDay(cred.expiresOn)})に期限が切れます`,
            en: `${name.en} expires just after the closure (${monthDay(cred.expiresOn)})`,
          }
      if (shownOn > c.lastBusinessDay) {
        return {
          title,
          body: {
            ja: `有効期限は ${until} です。切れると受注の取り込みが止まったままになります。できるだけ早く更新してください。`,
            en: `It is valid until ${until}. Once it runs out, order import stays stopped: renew it as soon as you can.`,
          },
        }
      }
      const by = renewBy !== null && renewBy >= shownOn ? renewBy : shownOn
      const byJa = by === shownOn ? '今日のうちに' : `${monthDayWeek(by, 'ja')} までに`
      const byEn = by === shownOn ? 'today' : `by ${monthDayWeek(by, 'en')}`
      if (during) {
        return {
          title,
          body: {
            ja: `有効期限は ${until} です。休業中は誰も更新できないので、受注の取り込みが止まったままになります。最終営業日(${lastDay})までに新しいものが使えるよう、${byJa}更新してください。`,
            en: `It is valid until ${until}. Nobody can renew it while the shop is closed, so order import would stay stopped. For the new one to work by the last business day (${lastDay}), renew it ${byEn}.`,
          },
        }
      }
      return {
        title,
        body: {
          ja: `有効期限は ${until}、営業再開(${monthDay(c.reopening)})の直後です。休業明けは溜まった注文の処理で手一杯になりがちなので、休業前の ${byJa}更新しておきましょう。`,
          en: `It is valid until ${until}, right after reopening (${monthDay(c.reopening)}). The first days back are busy with the orders that piled up: renew it ${byEn}, before the closure.`,
        },
      }
    },
  }
}

export type ClosurePhaseKind = 'phaseMonthBefore' | 'wizardStart' | 'finalCheck' | 'afterReopening'

/**
 * The reminders along a closure's timeline. `shownOn` is the day the notification appears
 * (later than planned when the app was closed), so counts of days stay true.
 * `safeUntil` is reopening + margin: whatever expires up to that day must be renewed before.
 */
export function closurePhaseText(
  kind: ClosurePhaseKind,
  c: ClosureForReminders,
  daysToStart: number,
  safeUntil: IsoDate,
  shownOn: IsoDate,
): ReminderText {
  const name = closureName(c)
  const range = closureRange(c)
  const safe = monthDay(safeUntil)
  switch (kind) {
    case 'phaseMonthBefore':
      return {
        title: {
          ja: `${name.ja}(${range.ja})まであと${daysToStart}日：期限の確認を`,
          en: `${name.en} (${range.en}) starts in ${days(daysToStart)}: check expiry dates`,
        },
        body: {
          ja: `休業中や休業明けすぐ(${safe}まで)に期限が切れるAPIキーや認可は、今のうちに更新しておきましょう。1年ごとの証明書や公開鍵も、モールからのお知らせメールが届いていないか確認してください。`,
          en: `Renew now any API key or authorization that expires during the closure or soon after it (up to ${safe}). Check the yearly certificates and public keys too: the malls mail about them a month or two ahead.`,
        },
      }
    case 'wizardStart':
      return {
        title: { ja: `${name.ja}の休業準備を始めましょう`, en: `Time to get ready for ${name.en}` },
        body: {
          ja: `休業(${range.ja})まであと${daysToStart}日です。チェックリストに沿って、休業日の登録、メールの文面、Amazonのリードタイム、モールの休業カレンダーを順に確認しましょう。`,
          en: `The closure (${range.en}) starts in ${days(daysToStart)}. Go through the checklist: non-business days, mail templates, Amazon lead time and the malls' holiday calendars.`,
        },
      }
    case 'finalCheck': {
      const today = shownOn === c.lastBusinessDay
      return {
        title: {
          ja: today ? `今日は${name.ja}前の最終営業日です：最終チェック` : `${name.ja}前の最終チェック`,
          en: today ? `Last business day before ${name.en}: final check` : `Final check before ${name.en}`,
        },
        body: {
          ja: `${safe}までに期限が切れるものが残っていないか、休業日の登録、メールの文面、モールの休業設定を最後にもう一度確認しましょう。`,
          en: `One last look: nothing may expire before ${safe}, the non-business days must be registered, and the mail templates and the malls' holiday settings must be right.`,
        },
      }
    }
    case 'afterReopening':
      return {
        title: {
          ja: '営業再開日のチェック：後払いアプリ・未送信メール・モールのカレンダー',
          en: 'Reopening check: deferred payments, unsent mails, mall calendars',
        },
        body: {
          ja: '後払いアプリで「入金待ち」のまま止まっている注文、注文から1週間を過ぎて自動メールが届かない注文(フリーメールで連絡)がないか確かめ、モールの休業設定を元に戻しましょう。',
          en: 'Look for orders stuck in "awaiting payment" in the deferred-payment apps and for orders over a week old that no automatic mail will reach (send a free-form mail), then switch the malls\' holiday settings back.',
        },
      }
  }
}
