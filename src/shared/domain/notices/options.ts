import type { NoticeTemplateId } from './templates'

/**
 * What a shop sets for its notices besides the texts. 'common' holds the defaults for every
 * shop; a shop's own options, where saved, replace them as a whole.
 */
export interface NoticeOptions {
  /** The name the texts use; '' gives 「当店」 / "our shop". */
  shopName: string
  /** Name the cut-off time (「12月25日(金)12:00までのご注文」) or speak in whole days. */
  showCutoff: boolean
  /** Length limits the shop saw on the mall's screens, by template; absent: none known. */
  limits: Partial<Record<NoticeTemplateId, number>>
}

export const COMMON_SCOPE = 'common'
export const MAX_NOTICE_BODY = 5000
export const MAX_SHOP_NAME = 100
export const MAX_LIMIT = 100_000

export const defaultNoticeOptions: NoticeOptions = { shopName: '', showCutoff: true, limits: {} }

/** How a mall counts is not confirmed; code points are what a person counts as characters. */
export function noticeLength(text: string): number {
  let n = 0
  for (const _ of text.replace(/\r\n/g, '\n')) n++
  return n
}
