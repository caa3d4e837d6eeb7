import { credentialKind } from '@shared/domain/malls'
import { defaultOrderSystemId, isOrderSystemId } from '@shared/domain/orderSystems'
import type { AppNoticeView, OrderSystemSetting } from '@shared/ipc/facts'
import type { CoreContext } from '../context'
import { NoticesRepo } from '../db/noticesRepo'
import type { Db } from '../db/open'
import { SettingsRepo } from '../db/settingsRepo'
import { ShopsRepo } from '../db/shopsRepo'

const ORDER_SYSTEM = 'orderSystem'

/**
 * The order system the shop uses, as the wizard needs it. A plain function over the settings
 * table so that the wizard can ask without a service of its own being passed in.
 */
export function currentOrderSystemId(db: Db): OrderSystemSetting['id'] {
  const stored = new SettingsRepo(db).get<unknown>(ORDER_SYSTEM, null)
  return isOrderSystemId(stored) ? stored : defaultOrderSystemId
}

interface NoticeItemPayload {
  credentialId: string
  oldExpiresOn?: string
  newExpiresOn?: string
}

/** The order-system choice and the notices the app shows once (facts checked 2026-12). */
export class FactsService {
  private readonly settings: SettingsRepo
  private readonly notices: NoticesRepo
  private readonly shops: ShopsRepo

  constructor(private readonly ctx: CoreContext) {
    this.settings = new SettingsRepo(ctx.db)
    this.notices = new NoticesRepo(ctx.db)
    this.shops = new ShopsRepo(ctx.db)
  }

  orderSystem(): OrderSystemSetting {
    const stored = this.settings.get<unknown>(ORDER_SYSTEM, null)
    return isOrderSystemId(stored)
      ? { id: stored, chosen: true }
      : { id: defaultOrderSystemId, chosen: false }
  }

  setOrderSystem(id: OrderSystemSetting['id']): OrderSystemSetting {
    this.settings.set(ORDER_SYSTEM, id)
    // The wizard's steps are worded for the order system.
    this.ctx.events.changed('settings', 'wizard')
    return this.orderSystem()
  }

  /**
   * Open notices, each with the credentials it names as they are now (renamed shops show their
   * new name). A credential deleted since is left out, and a notice left with nothing is not shown.
   */
  listNotices(): AppNoticeView[] {
    const out: AppNoticeView[] = []
    for (const n of this.notices.open()) {
      if (n.kind !== 'estimatesMoved' && n.kind !== 'legacyCertificate') continue
      const payload = n.payload as { items?: NoticeItemPayload[] } | null
      const items: AppNoticeView['items'] = []
      for (const item of payload?.items ?? []) {
        const cred = this.shops.credential(item.credentialId)
        const shop = cred ? this.shops.shop(cred.shopId) : null
        if (!cred || !shop) continue
        items.push({
          credentialId: cred.id,
          shopId: shop.id,
          shopName: shop.name,
          kindName: credentialKind(cred.kindId)?.name ?? { ja: cred.kindId, en: cred.kindId },
          label: cred.label,
          oldExpiresOn: item.oldExpiresOn ?? null,
          newExpiresOn: item.newExpiresOn ?? null,
        })
      }
      if (items.length > 0) out.push({ id: n.id, kind: n.kind, createdAt: n.createdAt, items })
    }
    return out
  }

  dismissNotice(id: string): AppNoticeView[] {
    if (this.notices.dismiss(id, this.ctx.nowIso())) this.ctx.events.changed('shops')
    return this.listNotices()
  }
}
