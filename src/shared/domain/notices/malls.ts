import type { Bilingual } from '../types'
import type { NoticeTemplateId } from './templates'

/**
 * Where a mall takes a closure notice, per template. None of these screens or limits comes from
 * a checked source (the facts of 2026-12 cover credentials and holiday calendars, not notice
 * fields), so each says `unsourced`, and no length limit is assumed: a shop that sees one on the
 * mall's screen enters it in the notice options, and the app counts against it.
 */
export interface NoticePlacement {
  where: Bilingual
  source: 'unsourced'
}

type MallPlacements = Partial<Record<NoticeTemplateId, NoticePlacement>>

const unsourced = (ja: string, en: string): NoticePlacement => ({ where: { ja, en }, source: 'unsourced' })

export const noticePlacements: Readonly<Record<string, MallPlacements>> = {
  rakuten: {
    shopNotice: unsourced(
      'RMS で編集しているトップページのお知らせ欄(休業日そのものは「休業・対応時間の設定」)',
      'The notice area of the top page you edit in RMS (the closed days themselves go in 休業・対応時間の設定)',
    ),
    banner: unsourced(
      'RMS で編集しているページ上部や商品ページの説明欄',
      'The page header or item descriptions you edit in RMS',
    ),
    mailAddendum: unsourced(
      '楽天のメール(R-Messe など)ではなく、注文システムの受注確認メールのテンプレート',
      'The order system’s confirmation mail template (not Rakuten’s own mails)',
    ),
  },
  yahoo: {
    shopNotice: unsourced(
      'ストアクリエイターPro のストアのお知らせ・トップページ(休業日はカート設定 → カレンダー)',
      'Store Creator Pro: the store notice / top page (closed days: カート設定 → カレンダー)',
    ),
    banner: unsourced(
      'ストアのトップページや商品説明の上部',
      'The top of the store page or item descriptions',
    ),
  },
  amazon: {
    shopNotice: unsourced(
      'Amazon には自由に書けるお知らせ欄がほとんどありません。出品者情報に書ける欄があればそこへ。休業は祝日の設定か休暇設定でも伝わります',
      'Amazon has hardly any free notice field; use the seller information if it has one. The holiday settings or vacation mode tell buyers too',
    ),
  },
  aupay: {
    shopNotice: unsourced(
      'Wow!manager で編集しているトップページのお知らせ',
      'The top-page notice you edit in Wow!manager',
    ),
  },
  qoo10: {
    shopNotice: unsourced('QSM のショップのお知らせ', 'The shop notice in QSM'),
  },
  base: {
    shopNotice: unsourced(
      'BASE の「お知らせ」など、ショップに表示される欄(臨時休業日は2か月先まで)',
      'A field shown on the BASE shop, such as its announcements (temporary closed days only 2 months ahead)',
    ),
  },
  shopify: {
    shopNotice: unsourced(
      'テーマのお知らせバー(アナウンスメントバー)など',
      'The theme’s announcement bar or similar',
    ),
  },
}

export function noticePlacement(mallId: string | null, id: NoticeTemplateId): NoticePlacement | null {
  if (!mallId) return null
  return noticePlacements[mallId]?.[id] ?? null
}
