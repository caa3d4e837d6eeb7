/**
 * Shops and their mall credentials: every expiry date known, every secret in the OS keychain.
 *
 * ── Write order between the keychain and SQLite ─────────────────────────────────────────────
 * The two stores cannot share a transaction, so the order of writes decides what a crash can
 * leave behind. The rule: a crash may leave a keychain account that no row references (harmless,
 * removed by repairSecrets()), NEVER a row whose secret is missing.
 *
 * - Account names are `${credentialId}:${n}`; n is a version counter and the row keeps the
 *   current account in `secret_account`.
 * - Create: write the secret to the keychain FIRST (account `${id}:1`), then insert the row and
 *   its history entry in one SQLite transaction. If the keychain refuses, nothing is written.
 * - Replace (renew, update of the secret, a new certificate): write the new secret under a NEW
 *   account (`${id}:${n + 1}`), then update the row and add the history entry in one SQLite
 *   transaction, then delete the old account.
 * - Delete (a credential, a shop): delete the rows first (one transaction), then the accounts.
 * - repairSecrets() deletes accounts that no row references. It runs once when the core starts
 *   (createCore) and can be called any time.
 * All of this runs one operation at a time (`exclusive`), so the repair never sees a secret
 * that was just written for a row that is about to be committed.
 *
 * The keychain unavailable (ctx.secrets throws 'keychain_unavailable'): a credential given with
 * a secret is not created or changed at all; credentials without secrets keep working.
 *
 * Secrets are checked with normalizeSecret here, in main, before anything is written. They go
 * to ctx.secrets and nowhere else: not SQLite, not the log, not a result (revealSecret aside).
 */
import { randomUUID } from 'node:crypto'
import {
  credentialDeadline,
  type CredentialDeadline,
  type Lifecycle,
  type PlanCredential,
} from '../../../shared/domain/timeline'
import { credentialAdvice, sortByUrgency } from '../../../shared/domain/expiry'
import {
  credentialKind,
  credentialKindsFor,
  estimateExpiry,
  isCustomKind,
  mallProfile,
  type CredentialKind,
} from '../../../shared/domain/malls'
import { buildCustomKind } from '../../../shared/domain/malls/profiles'
import { maskSecret, normalizeSecret } from '../../../shared/domain/secretInput'
import type {
  Bilingual,
  BusinessDayQueries,
  Closure,
  Credential,
  DeferredPaymentApp,
  ExpirySource,
  IsoDate,
  Shop,
} from '../../../shared/domain/types'
import { AppError } from '../../../shared/errors'
import type {
  CredentialHistoryEntry,
  CredentialUrgency,
  CredentialView,
  HistoryAction,
  HistoryActor,
  ShopsOverview,
  ShopView,
} from '../../../shared/ipc/shops'
import type { CoreContext } from '../context'
import { ShopsRepo, type StoredCredential } from '../db/shopsRepo'
import { keychainUnavailable } from '../secrets/SecretStore'
import type { CalendarService } from './calendarService'
import { readCertificatePair } from './certificates'

export interface ShopInput {
  id?: string
  name: string
  mallId: string
  active: boolean
  deferredPaymentApps: DeferredPaymentApp[]
  notes: string
}

export interface CredentialInput {
  id?: string
  shopId: string
  kindId: string
  label: string
  issuedOn: IsoDate | null
  expiresOn: IsoDate | null
  secret?: string
  meta?: Record<string, string>
  note?: string
}

export interface RenewInput {
  id: string
  issuedOn: IsoDate | null
  expiresOn: IsoDate | null
  secret?: string
  meta?: Record<string, string>
  note?: string
}

export interface CertificateInput {
  shopId: string
  credentialId?: string
  label: string
  certificatePem: string
  privateKeyPem: string
  note?: string
}

export interface RepairReport {
  /** Accounts deleted because no row references them. */
  deleted: string[]
  /** Accounts that could not be deleted (kept for the next repair). */
  failed: string[]
}

/** Accounts this service writes: `<credential id>:<n>`. Anything else in the keychain is left alone. */
const ACCOUNT = /^[A-Za-z0-9_.-]+:(\d+)$/

interface StatusContext {
  today: IsoDate
  lifecycle: Lifecycle
  /** The closure expiries are judged against (lifecycle.riskClosure). */
  closure: Closure | null
  calendar: BusinessDayQueries
  reopening: IsoDate | null
}

interface Dates {
  issuedOn: IsoDate | null
  expiresOn: IsoDate
  expirySource: ExpirySource
}

function err(code: string, ja: string, en: string, field?: string): AppError {
  return new AppError(code, { ja, en }, field)
}

const shopNotFound = () =>
  err(
    'shop_not_found',
    'そのショップは見つかりません。ほかの画面で削除されたのかもしれません。画面を開き直してください。',
    'That shop was not found. It may have been deleted elsewhere; open the screen again.',
    'shopId',
  )

const credentialNotFound = () =>
  err(
    'credential_not_found',
    'その認証情報は見つかりません。ほかの画面で削除されたのかもしれません。画面を開き直してください。',
    'That credential was not found. It may have been deleted elsewhere; open the screen again.',
    'id',
  )

function nextAccount(credentialId: string, current: string | null): string {
  const n = current ? Number(ACCOUNT.exec(current)?.[1] ?? 0) : 0
  return `${credentialId}:${n + 1}`
}

function cleanMeta(
  kind: CredentialKind,
  meta: Record<string, string> | undefined,
  keep: Record<string, string>,
) {
  const out: Record<string, string> = { ...keep }
  if (!meta) return out
  const allowed = new Set(kind.metaFields.map((f) => f.id))
  for (const [key, raw] of Object.entries(meta)) {
    if (!allowed.has(key)) {
      throw err(
        'unknown_meta',
        'この種類の認証情報にはない項目が含まれています。',
        'The input holds a field this kind of credential does not have.',
        `meta.${key}`,
      )
    }
    const value = raw.trim()
    if (value) out[key] = value
    else delete out[key]
  }
  return out
}

export class ShopsService {
  private readonly repo: ShopsRepo
  private queue: Promise<unknown> = Promise.resolve()
  /** The repair started with the core (see startRepair); tests may await it. */
  repaired: Promise<RepairReport | null> = Promise.resolve(null)

  constructor(
    private readonly ctx: CoreContext,
    private readonly calendar: CalendarService,
  ) {
    this.repo = new ShopsRepo(ctx.db)
  }

  // ───────────────────────────── reading ─────────────────────────────

  /** How many shops there are, active or not (no views built). */
  shopCount(): number {
    return this.repo.shopCount()
  }

  overview(): ShopsOverview {
    const sc = this.statusContext()
    const shops: ShopView[] = this.byShop(sc).map(({ shop, credentials }) => ({
      shop,
      mallName: this.mallName(shop.mallId),
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
        mallName: this.mallName(shop.mallId),
        kind: this.kindOf(c, shop),
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

  /** The secret itself, for the one explicit reveal/copy click. Never logged. */
  async revealSecret(id: string): Promise<string> {
    const c = this.repo.credential(id)
    if (!c) throw credentialNotFound()
    if (!c.secretAccount) {
      throw err(
        'no_secret',
        'この認証情報には保管している値がありません。',
        'No secret value is kept for this credential.',
        'id',
      )
    }
    const secret = await this.ctx.secrets.get(c.secretAccount)
    if (secret === null) {
      throw err(
        'secret_missing',
        'キーチェーンに値が見つかりません。キーチェーンを消去したか、別のパソコンからデータを移したのかもしれません。「編集」からもう一度入力してください。',
        'The value was not found in the keychain (perhaps it was cleared, or the data came from another PC). Enter it again with Edit.',
        'id',
      )
    }
    this.ctx.logger.info('secret revealed', { credentialId: id })
    return secret
  }

  // ───────────────────────────── shops ─────────────────────────────

  saveShop(input: ShopInput): Shop {
    const name = input.name.trim()
    if (!name) {
      throw err('shop_name_required', 'ショップ名を入力してください。', 'Enter the shop name.', 'name')
    }
    if (!mallProfile(input.mallId)) {
      throw err(
        'unknown_mall',
        'モールを一覧から選んでください。',
        'Choose the mall from the list.',
        'mallId',
      )
    }
    const now = this.ctx.nowIso()
    const apps = [...new Set(input.deferredPaymentApps)]
    if (!input.id) {
      const shop: Shop = {
        id: randomUUID(),
        name,
        mallId: input.mallId,
        active: input.active,
        deferredPaymentApps: apps,
        notes: input.notes.trim(),
        createdAt: now,
        updatedAt: now,
      }
      this.repo.insertShop(shop)
      this.changed()
      return shop
    }
    const existing = this.repo.shop(input.id)
    if (!existing) throw shopNotFound()
    if (existing.mallId !== input.mallId && this.repo.credentialsOfShop(existing.id).length > 0) {
      throw err(
        'mall_change_with_credentials',
        '認証情報が登録されているショップのモールは変えられません。別のモールなら、新しいショップとして追加してください。',
        'The mall of a shop with credentials cannot be changed. For another mall, add a new shop.',
        'mallId',
      )
    }
    const shop: Shop = {
      ...existing,
      name,
      mallId: input.mallId,
      active: input.active,
      deferredPaymentApps: apps,
      notes: input.notes.trim(),
      updatedAt: now,
    }
    this.repo.updateShop(shop)
    this.changed()
    return shop
  }

  /** Deletes the shop, its credentials and their history, then their secrets in the keychain. */
  deleteShop(id: string): Promise<{ deletedCredentials: number }> {
    return this.exclusive(async () => {
      if (!this.repo.shop(id)) throw shopNotFound()
      const credentials = this.repo.credentialsOfShop(id)
      this.repo.transaction(() => this.repo.deleteShop(id))
      for (const c of credentials) if (c.secretAccount) await this.forgetSecret(c.secretAccount)
      this.changed()
      return { deletedCredentials: credentials.length }
    })
  }

  // ───────────────────────────── credentials ─────────────────────────────

  /** Adds (no id) or edits (id) a credential; see saveCredentialInput for the expiry rules. */
  saveCredential(input: CredentialInput): Promise<CredentialView> {
    return this.exclusive(async () => {
      const shop = this.requireShop(input.shopId)
      const kind = this.kindForShop(shop, input.kindId)
      const existing = input.id ? this.requireCredential(input.id) : null
      if (existing && (existing.shopId !== shop.id || existing.kindId !== kind.id)) {
        throw err(
          'credential_mismatch',
          'この認証情報のショップや種類は変えられません。別の種類なら、新しく追加してください。',
          'The shop and kind of a credential cannot be changed. For another kind, add a new one.',
          'kindId',
        )
      }
      const label = this.checkLabel(kind, input.label)
      const secret = this.checkSecret(kind, input.secret)

      if (kind.expirySource === 'certificate') {
        // Dates and key come from the certificate file: only the label can be edited here.
        if (!existing || secret !== null) throw this.useCertificateImport()
        const same = input.issuedOn === existing.issuedOn && input.expiresOn === existing.expiresOn
        const unchanged = same || (input.issuedOn === null && input.expiresOn === null)
        if (!unchanged) throw this.useCertificateImport()
        const next = { ...existing, label, updatedAt: this.ctx.nowIso() }
        this.commitUpdate(next, existing, null, null)
        this.changed()
        return this.credentialView(next.id)
      }

      const dates = this.resolveDates(kind, input.issuedOn, input.expiresOn)
      const meta = cleanMeta(kind, input.meta, existing?.meta ?? {})
      const note = input.note?.trim() ?? ''
      if (!existing) {
        const id = await this.create(shop, kind, { label, meta, dates, secret, note, actor: 'user' })
        return this.credentialView(id)
      }
      const changedDates =
        dates.issuedOn !== existing.issuedOn ||
        dates.expiresOn !== existing.expiresOn ||
        dates.expirySource !== existing.expirySource
      const history =
        changedDates || secret !== null ? { action: 'update' as const, actor: 'user' as const, note } : null
      await this.replace(existing, { label, meta, dates, secret, history })
      return this.credentialView(existing.id)
    })
  }

  /** 「更新しました」: new dates, the new secret where the kind has one, and a history entry. */
  renewCredential(input: RenewInput): Promise<CredentialView> {
    return this.exclusive(async () => {
      const existing = this.requireCredential(input.id)
      const shop = this.requireShop(existing.shopId)
      const kind = this.kindOf(existing, shop)
      if (kind.expirySource === 'certificate') throw this.useCertificateImport()
      const secret = this.checkSecret(kind, input.secret)
      if (secret === null && existing.hasSecret && kind.secret && !kind.secretOptional) {
        throw err(
          'secret_required',
          `新しい${kind.secret.label.ja}を入力してください。保管している古い値を、新しい値に置き換えます。`,
          `Enter the new ${kind.secret.label.en.toLowerCase()}. It replaces the old value kept in the keychain.`,
          'secret',
        )
      }
      const dates = this.resolveDates(kind, input.issuedOn, input.expiresOn)
      const meta = cleanMeta(kind, input.meta, existing.meta)
      await this.replace(existing, {
        label: existing.label,
        meta,
        dates,
        secret,
        history: { action: 'renew', actor: 'user', note: input.note?.trim() ?? '' },
      })
      return this.credentialView(existing.id)
    })
  }

  /** The user checked the date in the mall's console: the expiry stops being an estimate. */
  confirmDate(input: { id: string; expiresOn: IsoDate; note?: string }): Promise<CredentialView> {
    return this.exclusive(async () => {
      const existing = this.requireCredential(input.id)
      const kind = this.kindOf(existing, this.requireShop(existing.shopId))
      if (kind.expirySource === 'certificate') throw this.useCertificateImport()
      if (existing.issuedOn && input.expiresOn < existing.issuedOn) throw this.datesOrder()
      const dates: Dates = {
        issuedOn: existing.issuedOn,
        expiresOn: input.expiresOn,
        expirySource: 'entered',
      }
      await this.replace(existing, {
        label: existing.label,
        meta: existing.meta,
        dates,
        secret: null,
        history: { action: 'confirm', actor: 'user', note: input.note?.trim() ?? '' },
      })
      return this.credentialView(existing.id)
    })
  }

  /** Deletes the row (and its history), then the secret in the keychain. */
  deleteCredential(id: string): Promise<void> {
    return this.exclusive(async () => {
      const existing = this.requireCredential(id)
      this.repo.transaction(() => this.repo.deleteCredential(id))
      if (existing.secretAccount) await this.forgetSecret(existing.secretAccount)
      this.changed()
    })
  }

  /**
   * A certificate pair (.crt + .key as text): checked and read in main, the private key goes
   * to the keychain, the expiry is the certificate's notAfter (Japan date). Refused: nothing stored.
   */
  importCertificate(input: CertificateInput): Promise<CredentialView> {
    return this.exclusive(async () => {
      const shop = this.requireShop(input.shopId)
      const kind = credentialKindsFor(shop.mallId).find((k) => k.expirySource === 'certificate')
      if (!kind || !kind.secret) {
        throw err(
          'kind_not_for_mall',
          `${this.mallName(shop.mallId).ja}のショップには、証明書で登録する認証情報はありません。`,
          `Shops on ${this.mallName(shop.mallId).en} have no credential registered with a certificate.`,
          'shopId',
        )
      }
      const existing = input.credentialId ? this.requireCredential(input.credentialId) : null
      if (existing && (existing.shopId !== shop.id || existing.kindId !== kind.id)) {
        throw err(
          'credential_mismatch',
          'この認証情報には証明書を登録できません。',
          'A certificate cannot be registered for this credential.',
          'credentialId',
        )
      }
      const label = this.checkLabel(kind, input.label)
      const pair = readCertificatePair(input, this.ctx.clock.now())
      const secret = this.checkSecret(kind, pair.privateKeyPem)
      const dates: Dates = { issuedOn: pair.issuedOn, expiresOn: pair.expiresOn, expirySource: 'certificate' }
      const meta: Record<string, string> = { ...(existing?.meta ?? {}) }
      if (kind.metaFields.some((f) => f.id === 'subject')) meta.subject = pair.subject
      const note = input.note?.trim() ?? ''
      if (!existing) {
        const id = await this.create(shop, kind, { label, meta, dates, secret, note, actor: 'certificate' })
        return this.credentialView(id)
      }
      await this.replace(existing, {
        label,
        meta,
        dates,
        secret,
        history: { action: 'renew', actor: 'certificate', note },
      })
      return this.credentialView(existing.id)
    })
  }

  // ───────────────────────────── keychain repair ─────────────────────────────

  /** Deletes keychain accounts of this service that no credential row references. */
  repairSecrets(): Promise<RepairReport> {
    return this.exclusive(async () => {
      const accounts = await this.ctx.secrets.accounts()
      const referenced = this.repo.referencedAccounts()
      const report: RepairReport = { deleted: [], failed: [] }
      for (const account of accounts) {
        if (!ACCOUNT.test(account) || referenced.has(account)) continue
        try {
          await this.ctx.secrets.delete(account)
          report.deleted.push(account)
        } catch (error) {
          report.failed.push(account)
          this.ctx.logger.warn('orphan secret could not be deleted', {
            account,
            error: error instanceof Error ? error.message : String(error),
          })
        }
      }
      if (report.deleted.length > 0) {
        this.ctx.logger.info('orphan secrets deleted', { count: report.deleted.length })
      }
      return report
    })
  }

  /** Starts the repair once (at core start) in the background; errors are logged, never thrown. */
  startRepair(): Promise<RepairReport | null> {
    this.repaired = this.repairSecrets().catch((error: unknown) => {
      this.ctx.logger.warn('keychain repair skipped', {
        error: error instanceof Error ? error.message : String(error),
      })
      return null
    })
    return this.repaired
  }

  // ───────────────────────────── internals ─────────────────────────────

  /** One keychain-touching operation at a time, in call order. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn)
    this.queue = run.catch(() => undefined)
    return run
  }

  private changed() {
    this.ctx.events.changed('shops')
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

  private mallName(mallId: string): Bilingual {
    return mallProfile(mallId)?.name ?? { ja: mallId, en: mallId }
  }

  /** The kind of a stored credential; a kind no longer in the profiles reads as a custom one. */
  private kindOf(c: StoredCredential, shop: Shop): CredentialKind {
    return credentialKind(c.kindId) ?? buildCustomKind(shop.mallId)
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
    return credentialDeadline(c.expiresOn, this.kindOf(c, shop), sc.lifecycle, sc.calendar)
  }

  private view(
    c: StoredCredential,
    shop: Shop,
    sc: StatusContext,
    deadline: CredentialDeadline = this.deadlineOf(c, shop, sc),
  ): CredentialView {
    const { status } = deadline
    const kind = this.kindOf(c, shop)
    const mallName = this.mallName(shop.mallId)
    const estimated = c.expirySource === 'estimated'
    const { secretAccount: _account, ...credential } = c
    return {
      credential,
      kindName: kind.name,
      shopName: shop.name,
      shopActive: shop.active,
      mallId: shop.mallId,
      mallName,
      estimated,
      status,
      deadline,
      advice: credentialAdvice({
        shopName: shop.name,
        mallName,
        kind,
        credentialLabel: c.label,
        expiresOn: c.expiresOn,
        status,
        estimated,
        expiredDuring: deadline.expiredDuring,
      }),
    }
  }

  private requireShop(id: string): Shop {
    const shop = this.repo.shop(id)
    if (!shop) throw shopNotFound()
    return shop
  }

  private requireCredential(id: string): StoredCredential {
    const c = this.repo.credential(id)
    if (!c) throw credentialNotFound()
    return c
  }

  private kindForShop(shop: Shop, kindId: string): CredentialKind {
    const kind = credentialKindsFor(shop.mallId).find((k) => k.id === kindId)
    if (!kind) {
      const mall = this.mallName(shop.mallId)
      throw err(
        'kind_not_for_mall',
        `この種類の認証情報は${mall.ja}のショップには登録できません。一覧から選んでください。`,
        `This kind of credential cannot be registered for a shop on ${mall.en}. Choose one from the list.`,
        'kindId',
      )
    }
    return kind
  }

  private checkLabel(kind: CredentialKind, raw: string): string {
    const label = raw.trim()
    if (!label && isCustomKind(kind)) {
      throw err(
        'label_required',
        '何の期限か分かる名前を入力してください。',
        'Enter a name that says what expires.',
        'label',
      )
    }
    return label
  }

  /** The normalized secret, or null when none was given. Refuses a kind without one. */
  private checkSecret(kind: CredentialKind, raw: string | undefined): string | null {
    if (raw === undefined || raw === '') return null
    if (!kind.secret) {
      throw err(
        'secret_not_expected',
        'この種類の認証情報には、保管する秘密の値がありません。',
        'This kind of credential has no secret value to keep.',
        'secret',
      )
    }
    const checked = normalizeSecret(kind.secret, raw)
    if (!checked.ok) throw new AppError(`secret_${checked.code}`, checked.message, 'secret')
    return checked.value
  }

  private datesOrder(): AppError {
    return err(
      'dates_order',
      '有効期限が発行日より前になっています。日付を確かめてください。',
      'The expiry date is before the issue date. Check the dates.',
      'expiresOn',
    )
  }

  private useCertificateImport(): AppError {
    return err(
      'certificate_required',
      '証明書の期限と秘密鍵は、証明書ファイル(.crt と .key)から読み取ります。「証明書ファイルを選ぶ」から登録してください。',
      'The expiry and the private key of a certificate are read from its files (.crt and .key). Register them with “Choose certificate files”.',
      'certificatePem',
    )
  }

  /** The date the mall shows wins; without it the kind's lifetime gives an estimate. */
  private resolveDates(kind: CredentialKind, issuedOn: IsoDate | null, expiresOn: IsoDate | null): Dates {
    if (expiresOn) {
      if (issuedOn && expiresOn < issuedOn) throw this.datesOrder()
      return { issuedOn, expiresOn, expirySource: 'entered' }
    }
    if (!issuedOn) {
      throw err(
        'expiry_required',
        kind.lifetime
          ? '有効期限を入力するか、発行日を入力して期限を推定してください。'
          : '有効期限を入力してください。モールの画面に出ている日付です。',
        kind.lifetime
          ? 'Enter the expiry date, or the issue date to estimate it.'
          : 'Enter the expiry date the mall shows.',
        'expiresOn',
      )
    }
    const estimate = estimateExpiry(kind, issuedOn)
    if (!estimate) {
      throw err(
        'expiry_required',
        'この種類は期限を推定できません。モールの画面に出ている有効期限を入力してください。',
        'The expiry of this kind cannot be estimated. Enter the expiry date the mall shows.',
        'expiresOn',
      )
    }
    return { issuedOn, expiresOn: estimate, expirySource: 'estimated' }
  }

  /** Keychain write; anything other than our typed error becomes 'keychain_unavailable'. */
  private async writeSecret(account: string, secret: string): Promise<void> {
    try {
      await this.ctx.secrets.set(account, secret)
    } catch (error) {
      if (error instanceof AppError) throw error
      throw keychainUnavailable(process.platform, error instanceof Error ? error.message : String(error))
    }
  }

  /** Deletes an account that no row needs any more; a failure is logged and left to the repair. */
  private async forgetSecret(account: string): Promise<void> {
    try {
      await this.ctx.secrets.delete(account)
    } catch (error) {
      this.ctx.logger.warn('secret could not be deleted; the repair will retry', {
        account,
        error: error instanceof Error ? error.message : String(error),
      })
    }
  }

  /** Create: keychain first, then the row and its history in one transaction. */
  private async create(
    shop: Shop,
    kind: CredentialKind,
    v: {
      label: string
      meta: Record<string, string>
      dates: Dates
      secret: string | null
      note: string
      actor: HistoryActor
    },
  ): Promise<string> {
    const id = randomUUID()
    const account = v.secret !== null ? nextAccount(id, null) : null
    if (account) await this.writeSecret(account, v.secret!)
    const now = this.ctx.nowIso()
    const row: StoredCredential = {
      id,
      shopId: shop.id,
      kindId: kind.id,
      label: v.label,
      issuedOn: v.dates.issuedOn,
      expiresOn: v.dates.expiresOn,
      expirySource: v.dates.expirySource,
      hasSecret: account !== null,
      secretHint: v.secret !== null ? maskSecret(v.secret) : '',
      meta: v.meta,
      createdAt: now,
      updatedAt: now,
      secretAccount: account,
    }
    try {
      this.repo.transaction(() => {
        if (!this.repo.shop(shop.id)) throw shopNotFound()
        this.repo.insertCredential(row)
        this.repo.addHistory({
          credentialId: id,
          at: now,
          action: 'create',
          actor: v.actor,
          oldIssuedOn: null,
          newIssuedOn: row.issuedOn,
          oldExpiresOn: null,
          newExpiresOn: row.expiresOn,
          oldExpirySource: null,
          newExpirySource: row.expirySource,
          secretChanged: account !== null,
          note: v.note,
        })
      })
    } catch (error) {
      if (account) await this.forgetSecret(account)
      throw error
    }
    this.changed()
    return id
  }

  /**
   * Update (with or without a new secret): the new secret under a NEW account first, then the
   * row and its history in one transaction, then the old account is deleted.
   */
  private async replace(
    existing: StoredCredential,
    v: {
      label: string
      meta: Record<string, string>
      dates: Dates
      secret: string | null
      history: { action: HistoryAction; actor: HistoryActor; note: string } | null
    },
  ): Promise<void> {
    const newAccount = v.secret !== null ? nextAccount(existing.id, existing.secretAccount) : null
    if (newAccount) await this.writeSecret(newAccount, v.secret!)
    const now = this.ctx.nowIso()
    const next: StoredCredential = {
      ...existing,
      label: v.label,
      meta: v.meta,
      issuedOn: v.dates.issuedOn,
      expiresOn: v.dates.expiresOn,
      expirySource: v.dates.expirySource,
      updatedAt: now,
      ...(newAccount
        ? { secretAccount: newAccount, hasSecret: true, secretHint: maskSecret(v.secret!) }
        : {}),
    }
    try {
      this.commitUpdate(next, existing, v.history, newAccount)
    } catch (error) {
      if (newAccount) await this.forgetSecret(newAccount)
      throw error
    }
    if (newAccount && existing.secretAccount) await this.forgetSecret(existing.secretAccount)
    this.changed()
  }

  private commitUpdate(
    next: StoredCredential,
    existing: StoredCredential,
    history: { action: HistoryAction; actor: HistoryActor; note: string } | null,
    newAccount: string | null,
  ): void {
    this.repo.transaction(() => {
      if (!this.repo.updateCredential(next, existing.secretAccount)) throw credentialNotFound()
      if (!history) return
      this.repo.addHistory({
        credentialId: existing.id,
        at: next.updatedAt,
        action: history.action,
        actor: history.actor,
        oldIssuedOn: existing.issuedOn,
        newIssuedOn: next.issuedOn,
        oldExpiresOn: existing.expiresOn,
        newExpiresOn: next.expiresOn,
        oldExpirySource: existing.expirySource,
        newExpirySource: next.expirySource,
        secretChanged: newAccount !== null,
        note: history.note,
      })
    })
  }
}
