import { z } from 'zod'
import { orderSystemIds, type OrderSystemId } from '../domain/orderSystems'
import type { Bilingual, IsoDate } from '../domain/types'
import { channel } from './channel'
import { empty, id } from './schemas'

/** The shop's order system (one for the whole app, like the non-business days it holds). */
export interface OrderSystemSetting {
  id: OrderSystemId
  /** The user answered the question; false while the neutral default is in use. */
  chosen: boolean
}

/**
 * Something the app tells the user once, until dismissed:
 * - estimatesMoved: estimated expiries recomputed after a lifetime changed (楽天 90 days);
 * - legacyCertificate: Yahoo! certificates still registered although the method has ended.
 */
export interface AppNoticeView {
  id: string
  kind: 'estimatesMoved' | 'legacyCertificate'
  createdAt: string
  items: {
    credentialId: string
    shopId: string
    shopName: string
    kindName: Bilingual
    label: string
    /** The date before and after the correction (estimatesMoved only). */
    oldExpiresOn: IsoDate | null
    newExpiresOn: IsoDate | null
  }[]
}

export const factsChannels = {
  getOrderSystem: channel<OrderSystemSetting>()(empty),
  setOrderSystem: channel<OrderSystemSetting>()(z.object({ id: z.enum(orderSystemIds) }).strict()),
  listNotices: channel<AppNoticeView[]>()(empty),
  dismissNotice: channel<AppNoticeView[]>()(z.object({ id }).strict()),
}
