import { deferredPaymentFacts } from './deferredPaymentApps'
import { isCustomKind, mallProfiles, type CredentialKind } from './malls'
import { factSources, type SourceRef } from './malls/sources'
import { orderSystemProfiles, type OrderSystemProfile, type OrderSystemTerms } from './orderSystems'
import type { Bilingual } from './types'

/**
 * Every fact the app relies on, flattened from the mall profiles, the order-system profiles and
 * a few general rules, each with its sources: what the 出典と確認日 screen lists, and what the
 * tests check for a missing source. Nothing here is stored; it is derived from the data.
 */

export type FactTopic =
  | 'lifetime'
  | 'renewal'
  | 'limit'
  | 'notice'
  | 'legacy'
  | 'holidayCalendar'
  | 'note'
  | 'term'
  | 'expiryWarning'
  | 'rakutenKey'

export interface FactEntry {
  /** Stable within a version of the app: 'rakuten.licenseKey:lifetime', 'nextEngine:term:freeMail'. */
  id: string
  group: { type: 'mall' | 'orderSystem' | 'general'; id: string; name: Bilingual }
  /** What the fact is about: a credential kind, the mall itself, a term of the order system. */
  subject: Bilingual
  topic: FactTopic
  text: Bilingual
  source: SourceRef
}

function lifetimeText(kind: CredentialKind): Bilingual {
  const life = kind.lifetime
  const base: Bilingual = !life
    ? {
        ja: '決まった長さはなく、表示される期限を入力します。',
        en: 'No fixed length: the date shown is entered.',
      }
    : 'days' in life
      ? { ja: `有効期間は${life.days}日です。`, en: `Lasts ${life.days} days.` }
      : life.months % 12 === 0
        ? { ja: `有効期間は${life.months / 12}年です。`, en: `Lasts ${life.months / 12} year(s).` }
        : { ja: `有効期間は${life.months}か月です。`, en: `Lasts ${life.months} months.` }
  const note = kind.lifetimeNote
  return note ? { ja: `${base.ja}${note.ja}`, en: `${base.en} ${note.en}` } : base
}

function renewalText(kind: CredentialKind): Bilingual {
  return { ja: kind.renewalSteps.ja.join(' → '), en: kind.renewalSteps.en.join(' → ') }
}

function kindFacts(kind: CredentialKind, group: FactEntry['group']): FactEntry[] {
  const at = (topic: FactTopic, n?: number) => `${kind.id}:${topic}${n === undefined ? '' : `:${n}`}`
  const out: FactEntry[] = [
    {
      id: at('lifetime'),
      group,
      subject: kind.name,
      topic: 'lifetime',
      text: lifetimeText(kind),
      source: kind.lifetimeSource,
    },
    {
      id: at('renewal'),
      group,
      subject: kind.name,
      topic: 'renewal',
      text: renewalText(kind),
      source: kind.renewalSource,
    },
  ]
  kind.pitfalls.forEach((p, i) =>
    out.push({ id: at('limit', i), group, subject: kind.name, topic: 'limit', text: p, source: p.source }),
  )
  if (kind.advanceNotice)
    out.push({
      id: at('notice'),
      group,
      subject: kind.name,
      topic: 'notice',
      text: kind.advanceNotice,
      source: kind.advanceNotice.source,
    })
  if (kind.legacy)
    out.push({
      id: at('legacy'),
      group,
      subject: kind.name,
      topic: 'legacy',
      text: kind.legacy.note,
      source: kind.legacy.source,
    })
  return out
}

function mallFacts(): FactEntry[] {
  return mallProfiles.flatMap((p) => {
    const group = { type: 'mall' as const, id: p.id, name: p.name }
    const out = p.credentialKinds.filter((k) => !isCustomKind(k)).flatMap((k) => kindFacts(k, group))
    if (p.holidayCalendar) {
      const { where, note, source } = p.holidayCalendar
      out.push({
        id: `${p.id}:holidayCalendar`,
        group,
        subject: p.name,
        topic: 'holidayCalendar',
        text: note ? { ja: `${where.ja}。${note.ja}`, en: `${where.en}. ${note.en}` } : where,
        source,
      })
    }
    p.notes.forEach((n, i) =>
      out.push({ id: `${p.id}:note:${i}`, group, subject: p.name, topic: 'note', text: n, source: n.source }),
    )
    return out
  })
}

const termNames: Record<keyof OrderSystemTerms, Bilingual> = {
  apiSettings: { ja: 'モールのキーを入れる画面', en: 'Where mall keys are entered' },
  nonBusinessDays: { ja: '非営業日の設定', en: 'Non-business-day setting' },
  freeMail: { ja: '注文ごとに送るメール', en: 'Mail written per order' },
  orderImport: { ja: '受注の取り込み', en: 'Order import' },
  mailPause: { ja: '自動メールの一時停止と再開', en: 'Pausing and resuming automatic mails' },
}

const notDocumented: Bilingual = {
  ja: '公開されている資料では確かめられていません。手順は中立の言葉で書き、ネクストエンジンでの呼び名を添えます。',
  en: 'Not found in public documentation: the steps use neutral words with Next Engine’s name in brackets.',
}

function orderSystemFacts(p: OrderSystemProfile): FactEntry[] {
  const group = { type: 'orderSystem' as const, id: p.id, name: p.name }
  const out: FactEntry[] = []
  for (const key of Object.keys(termNames) as (keyof OrderSystemTerms)[]) {
    const term = p.terms[key]
    const id = `${p.id}:term:${key}`
    if (term === null) {
      out.push({
        id,
        group,
        subject: termNames[key],
        topic: 'term',
        text: notDocumented,
        source: 'unsourced',
      })
    } else if ('stop' in term) {
      out.push({
        id,
        group,
        subject: termNames[key],
        topic: 'term',
        text: { ja: `${term.stop.ja}。${term.start.ja}。`, en: `${term.stop.en}. ${term.start.en}.` },
        source: [...new Set([...sourceIds(term.stop.source), ...sourceIds(term.start.source)])],
      })
    } else {
      out.push({ id, group, subject: termNames[key], topic: 'term', text: term, source: term.source })
    }
  }
  const warnSubject = { ja: '期限切れの事前の知らせ', en: 'Warning before expiry' }
  out.push(
    p.expiryWarning
      ? {
          id: `${p.id}:expiryWarning`,
          group,
          subject: warnSubject,
          topic: 'expiryWarning',
          text: p.expiryWarning,
          source: p.expiryWarning.source,
        }
      : {
          id: `${p.id}:expiryWarning`,
          group,
          subject: warnSubject,
          topic: 'expiryWarning',
          text: notDocumented,
          source: 'unsourced',
        },
  )
  const keySubject = { ja: '使う楽天のキー', en: 'Rakuten key used' }
  const keyText: Record<string, Bilingual> = {
    'rakuten.licenseKey': {
      ja: 'システム開発企業からのAPIアクセス許可設定のキー',
      en: 'The key under システム開発企業からのAPIアクセス許可設定',
    },
    'rakuten.webApiKey': { ja: 'WEB APIサービスのキー', en: 'The WEB API service key' },
  }
  out.push(
    p.rakutenKey
      ? {
          id: `${p.id}:rakutenKey`,
          group,
          subject: keySubject,
          topic: 'rakutenKey',
          text: keyText[p.rakutenKey.kindId]!,
          source: p.rakutenKey.source,
        }
      : {
          id: `${p.id}:rakutenKey`,
          group,
          subject: keySubject,
          topic: 'rakutenKey',
          text: notDocumented,
          source: 'unsourced',
        },
  )
  p.notes.forEach((n, i) =>
    out.push({ id: `${p.id}:note:${i}`, group, subject: p.name, topic: 'note', text: n, source: n.source }),
  )
  return out
}

function sourceIds(ref: SourceRef): string[] {
  return ref === 'unsourced' ? [] : [...ref]
}

function generalFacts(): FactEntry[] {
  const group = { type: 'general' as const, id: 'general', name: { ja: '共通', en: 'General' } }
  const apps = { ja: '後払いアプリ', en: 'Deferred-payment apps' }
  return [
    ...deferredPaymentFacts.map((f, i) => ({
      id: `general:deferredPayment:${i}`,
      group,
      subject: apps,
      topic: 'note' as const,
      text: f,
      source: f.source,
    })),
    {
      id: 'general:customKind:lifetime',
      group,
      subject: { ja: 'その他の期限', en: 'Other expiry' },
      topic: 'lifetime',
      text: {
        ja: '「その他の期限」は登録する人が決めるもので、期限は入力された日付を使います。',
        en: '“Other expiry” is whatever the user registers; its entered date is used.',
      },
      source: 'unsourced',
    },
    {
      id: 'general:holidays',
      group,
      subject: { ja: '国民の祝日', en: 'Public holidays' },
      topic: 'note',
      text: {
        ja: '2026〜2027年の祝日は、アプリの祝日表(@holiday-jp/holiday_jp 2.5.1)と2027年の暦要項が一致しています(春分の日 3/21 と振替休日 3/22、秋分の日 9/23、2026-09-22 の国民の休日)。2028年の祝日が正式になるのは2027年2月です。',
        en: 'Holidays of 2026–2027 in the app’s table (@holiday-jp/holiday_jp 2.5.1) match the official 2027 calendar (Vernal Equinox 3/21 with the substitute holiday 3/22, Autumnal Equinox 9/23, the citizens’ holiday 2026-09-22). 2028 becomes official in February 2027.',
      },
      source: ['nao-rekiyoko-2027'],
    },
  ]
}

/** Every fact with its sources, grouped by mall, then order system, then general. */
export function allFacts(): FactEntry[] {
  return [...mallFacts(), ...orderSystemProfiles.flatMap(orderSystemFacts), ...generalFacts()]
}

export { factSources }

/**
 * Hosts the app may open in the user's browser: the malls' consoles and help pages and the
 * https pages cited as sources (read by the shell's external-link allow-list).
 */
export const externalLinkHosts: readonly string[] = [
  ...new Set([
    ...mallProfiles.flatMap((p) => p.linkHosts),
    ...factSources.filter((s) => s.url?.startsWith('https:')).map((s) => new URL(s.url!).hostname),
    // The Cabinet Office's holiday list (syukujitsu.csv).
    'www8.cao.go.jp',
  ]),
].sort()
