/**
 * What the shops area shows and hands to the other areas: each credential with its one deadline
 * (shared/domain/timeline/credentialDeadline.ts), its status and advice texts, listed most urgent
 * first; the credentials as the action plan and the wizard take them. Reads only, never writes.
 */
import {
  credentialDeadline,
  type CredentialDeadline,
  type Lifecycle,
  type PlanCredential,
} from '@shared/domain/timeline'
import { credentialAdvice, sortByUrgency } from '@shared/domain/expiry'
import { credentialKind, mallProfile, type CredentialKind } from '@shared/domain/malls'
import { buildCustomKind } from '@shared/domain/malls/profiles'
import type { Bilingual, BusinessDayQueries, Closure, Credential, IsoDate, Shop } from '@shared/domain/types'
import type {
  CredentialHistoryEntry,
  CredentialUrgency,
  CredentialView,
  ShopsOverview,
  ShopView,
} from '@shared/ipc/shops'
import type { CoreContext } from '@core/context'
import type { ShopsRepo, StoredCredential } from '@core/db/shopsRepo'
import type { CalendarService } from '../calendarService'
import { credentialNotFound } from './errors'

interface StatusContext {
  today: IsoDate
  lifecycle: Lifecycle
  /** The closure expiries are judged against (lifecycle.riskClosure). */
  closure: Closure | null
  calendar: BusinessDayQueries
  reopening: IsoDate | null
}

export function mallName(mallId: string): Bilingual {
  return mallProfile(mallId)?.name ?? { ja: mallId, en: mallId }
}

/** The kind of a stored credential; a kind no longer in the profiles reads as a custom one. */
export function kindOf(c: StoredCredential, shop: Shop): CredentialKind {
  return credentialKind(c.kindId) ?? buildCustomKind(shop.mallId)
}

export class ShopViews {
  constructor(
    private readonly ctx: CoreContext,
    private readonly calendar: CalendarService,
    private readonly repo: ShopsRepo,
  ) {}

  /** How many shops there are, active or not (no views built). */
  shopCount(): number {
    return this.repo.shopCount()
  }

  overview(): ShopsOverview {
    const sc = this.statusContext()
    const shops: ShopView[] = this.byShop(sc).map(({ shop, credentials }) => ({
      shop,
      mallName: mallName(shop.mallId),
      credentials: credentials.map(({ c, deadline }) => this.view(c, shop, sc, deadline)),
    }))
    return {
      today: sc.today,
      lifecycle: sc.lifecycle,
      nextClosure: sc.closure,
      reopening: sc.reopening,
      shops,
    }
  }

  /**
   * The shops, and the active shops' credentials in the order overview() lists them, without
   * the views and their advice texts: the wizard reads this on every evaluation of a run.
   */
  setupForRun(): { shops: Shop[]; credentials: Credential[] } {
    const list = this.byShop(this.statusContext())
    return {
      shops: list.map((e) => e.shop),
      credentials: list
        .filter((e) => e.shop.active)
        .flatMap((e) => e.credentials.map(({ c: { secretAccount: _account, ...credential } }) => credential)),
    }
  }

  /** The credentials of active shops as the action plan takes them (no views, no advice texts). */
  planCredentials(): PlanCredential[] {
    const active = new Map(
      this.repo
        .shops()
        .filter((s) => s.active)
        .map((s) => [s.id, s]),
    )
    const out: PlanCredential[] = []
    for (const c of this.repo.credentials()) {
      const shop = active.get(c.shopId)
      if (!shop) continue
      out.push({
        id: c.id,
        shopId: shop.id,
        shopName: shop.name,
        mallId: shop.mallId,
        mallName: mallName(shop.mallId),
        kind: kindOf(c, shop),
        label: c.label,
        expiresOn: c.expiresOn,
        estimated: c.expirySource === 'estimated',
      })
    }
    return out
  }

  /** Every credential of the active shops, most urgent first. */
  urgency(): CredentialUrgency {
    const sc = this.statusContext()
    const shops = this.repo.shops()
    const active = new Map(shops.filter((s) => s.active).map((s) => [s.id, s]))
    const items = this.repo
      .credentials()
      .filter((c) => active.has(c.shopId))
      .map((c) => this.view(c, active.get(c.shopId)!, sc))
    return {
      today: sc.today,
      lifecycle: sc.lifecycle,
      nextClosure: sc.closure,
      reopening: sc.reopening,
      shopCount: shops.length,
      items: sortByUrgency(items, (v) => v.status),
    }
  }

  credentialView(id: string): CredentialView {
    const c = this.repo.credential(id)
    if (!c) throw credentialNotFound()
    const shop = this.repo.shop(c.shopId)
    if (!shop) throw credentialNotFound()
    return this.view(c, shop, this.statusContext())
  }

  history(id: string): CredentialHistoryEntry[] {
    if (!this.repo.credential(id)) throw credentialNotFound()
    return this.repo.history(id)
  }

  private statusContext(): StatusContext {
    const today = this.ctx.today()
    const lifecycle = this.calendar.lifecycle(today)
    return {
      today,
      lifecycle,
      closure: lifecycle.riskClosure?.closure ?? null,
      calendar: this.calendar.calendar(),
      reopening: lifecycle.riskClosure?.reopening ?? null,
    }
  }

  /** Each shop with its credentials and their status, most urgent first: the order of every list. */
  private byShop(
    sc: StatusContext,
  ): { shop: Shop; credentials: { c: StoredCredential; deadline: CredentialDeadline }[] }[] {
    const byShop = new Map<string, StoredCredential[]>()
    for (const c of this.repo.credentials()) {
      const list = byShop.get(c.shopId)
      if (list) list.push(c)
      else byShop.set(c.shopId, [c])
    }
    return this.repo.shops().map((shop) => ({
      shop,
      credentials: sortByUrgency(
        (byShop.get(shop.id) ?? []).map((c) => ({ c, deadline: this.deadlineOf(c, shop, sc) })),
        (e) => e.deadline.status,
      ),
    }))
  }

  /** The plan's one deadline for a credential (shared/domain/timeline/credentialDeadline.ts). */
  private deadlineOf(c: StoredCredential, shop: Shop, sc: StatusContext): CredentialDeadline {
    return credentialDeadline(c.expiresOn, kindOf(c, shop), sc.lifecycle, sc.calendar)
  }

  private view(
    c: StoredCredential,
    shop: Shop,
    sc: StatusContext,
    deadline: CredentialDeadline = this.deadlineOf(c, shop, sc),
  ): CredentialView {
    const { status } = deadline
    const kind = kindOf(c, shop)
    const name = mallName(shop.mallId)
    const estimated = c.expirySource === 'estimated'
    const { secretAccount: _account, ...credential } = c
    return {
      credential,
      kindName: kind.name,
      shopName: shop.name,
      shopActive: shop.active,
      mallId: shop.mallId,
      mallName: name,
      estimated,
      status,
      deadline,
      advice: credentialAdvice({
        shopName: shop.name,
        mallName: name,
        kind,
        credentialLabel: c.label,
        expiresOn: c.expiresOn,
        status,
        estimated,
        expiredDuring: deadline.expiredDuring,
      }),
    }
  }
}
