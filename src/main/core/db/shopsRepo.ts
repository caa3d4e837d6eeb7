import type {
  Credential,
  DeferredPaymentApp,
  ExpirySource,
  IsoDate,
  Shop,
} from '../../../shared/domain/types'
import { deferredPaymentApps } from '../../../shared/domain/types'
import type { CredentialHistoryEntry, HistoryAction, HistoryActor } from '../../../shared/ipc/shops'
import type { Db } from './open'

/**
 * Shops, credentials and credential history. Secret values never come here: a credential row
 * only names the keychain account that holds its secret (`secret_account`) and keeps a masked
 * hint for display.
 */

interface ShopRow {
  id: string
  name: string
  mall_id: string
  active: number
  deferred_apps: string
  notes: string
  created_at: string
  updated_at: string
}

interface CredentialRow {
  id: string
  shop_id: string
  kind_id: string
  label: string
  issued_on: string | null
  expires_on: string
  expiry_source: ExpirySource
  secret_account: string | null
  secret_hint: string
  meta: string
  created_at: string
  updated_at: string
}

interface HistoryRow {
  id: number
  at: string
  action: HistoryAction
  actor: HistoryActor
  old_issued_on: string | null
  new_issued_on: string | null
  old_expires_on: string | null
  new_expires_on: string | null
  old_expiry_source: ExpirySource | null
  new_expiry_source: ExpirySource | null
  secret_changed: number
  note: string
}

/** A credential as stored: the domain shape plus the keychain account of its secret. */
export interface StoredCredential extends Credential {
  secretAccount: string | null
}

export interface HistoryInput {
  credentialId: string
  at: string
  action: HistoryAction
  actor: HistoryActor
  oldIssuedOn: IsoDate | null
  newIssuedOn: IsoDate | null
  oldExpiresOn: IsoDate | null
  newExpiresOn: IsoDate | null
  oldExpirySource: ExpirySource | null
  newExpirySource: ExpirySource | null
  secretChanged: boolean
  note: string
}

function parseApps(json: string): DeferredPaymentApp[] {
  try {
    const value: unknown = JSON.parse(json)
    if (!Array.isArray(value)) return []
    return deferredPaymentApps.filter((app) => value.includes(app))
  } catch {
    return []
  }
}

function parseMeta(json: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json)
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {}
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      ),
    )
  } catch {
    return {}
  }
}

function toShop(r: ShopRow): Shop {
  return {
    id: r.id,
    name: r.name,
    mallId: r.mall_id,
    active: r.active === 1,
    deferredPaymentApps: parseApps(r.deferred_apps),
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }
}

function toCredential(r: CredentialRow): StoredCredential {
  return {
    id: r.id,
    shopId: r.shop_id,
    kindId: r.kind_id,
    label: r.label,
    issuedOn: r.issued_on,
    expiresOn: r.expires_on,
    expirySource: r.expiry_source,
    hasSecret: r.secret_account !== null,
    secretHint: r.secret_hint,
    meta: parseMeta(r.meta),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    secretAccount: r.secret_account,
  }
}

function toHistory(r: HistoryRow): CredentialHistoryEntry {
  return {
    id: r.id,
    at: r.at,
    action: r.action,
    actor: r.actor,
    oldIssuedOn: r.old_issued_on,
    newIssuedOn: r.new_issued_on,
    oldExpiresOn: r.old_expires_on,
    newExpiresOn: r.new_expires_on,
    oldExpirySource: r.old_expiry_source,
    newExpirySource: r.new_expiry_source,
    secretChanged: r.secret_changed === 1,
    note: r.note,
  }
}

export class ShopsRepo {
  constructor(private readonly db: Db) {}

  /** Runs `fn` in one SQLite transaction (all or nothing). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)()
  }

  shops(): Shop[] {
    return this.db
      .prepare<[], ShopRow>('SELECT * FROM shops ORDER BY active DESC, created_at, rowid')
      .all()
      .map(toShop)
  }

  shopCount(): number {
    return this.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM shops').get()!.n
  }

  shop(id: string): Shop | null {
    const row = this.db.prepare<[string], ShopRow>('SELECT * FROM shops WHERE id = ?').get(id)
    return row ? toShop(row) : null
  }

  insertShop(shop: Shop): void {
    this.db
      .prepare(
        `INSERT INTO shops (id, name, mall_id, active, deferred_apps, notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        shop.id,
        shop.name,
        shop.mallId,
        shop.active ? 1 : 0,
        JSON.stringify(shop.deferredPaymentApps),
        shop.notes,
        shop.createdAt,
        shop.updatedAt,
      )
  }

  updateShop(shop: Shop): void {
    this.db
      .prepare(
        `UPDATE shops SET name = ?, mall_id = ?, active = ?, deferred_apps = ?, notes = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(
        shop.name,
        shop.mallId,
        shop.active ? 1 : 0,
        JSON.stringify(shop.deferredPaymentApps),
        shop.notes,
        shop.updatedAt,
        shop.id,
      )
  }

  /** Deletes the shop; its credentials and their history go with it (ON DELETE CASCADE). */
  deleteShop(id: string): boolean {
    return this.db.prepare('DELETE FROM shops WHERE id = ?').run(id).changes > 0
  }

  credentials(): StoredCredential[] {
    return this.db
      .prepare<[], CredentialRow>('SELECT * FROM credentials ORDER BY created_at, rowid')
      .all()
      .map(toCredential)
  }

  credentialsOfShop(shopId: string): StoredCredential[] {
    return this.db
      .prepare<[string], CredentialRow>(
        'SELECT * FROM credentials WHERE shop_id = ? ORDER BY created_at, rowid',
      )
      .all(shopId)
      .map(toCredential)
  }

  credential(id: string): StoredCredential | null {
    const row = this.db.prepare<[string], CredentialRow>('SELECT * FROM credentials WHERE id = ?').get(id)
    return row ? toCredential(row) : null
  }

  insertCredential(c: StoredCredential): void {
    this.db
      .prepare(
        `INSERT INTO credentials (id, shop_id, kind_id, label, issued_on, expires_on, expiry_source,
           secret_account, secret_hint, meta, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        c.id,
        c.shopId,
        c.kindId,
        c.label,
        c.issuedOn,
        c.expiresOn,
        c.expirySource,
        c.secretAccount,
        c.secretHint,
        JSON.stringify(c.meta),
        c.createdAt,
        c.updatedAt,
      )
  }

  /**
   * Updates the row only if its secret account is still `expectedAccount` (optimistic check:
   * someone else may have replaced the secret in between). Returns false when it was not.
   */
  updateCredential(c: StoredCredential, expectedAccount: string | null): boolean {
    return (
      this.db
        .prepare(
          `UPDATE credentials SET label = ?, issued_on = ?, expires_on = ?, expiry_source = ?,
             secret_account = ?, secret_hint = ?, meta = ?, updated_at = ?
           WHERE id = ? AND secret_account IS ?`,
        )
        .run(
          c.label,
          c.issuedOn,
          c.expiresOn,
          c.expirySource,
          c.secretAccount,
          c.secretHint,
          JSON.stringify(c.meta),
          c.updatedAt,
          c.id,
          expectedAccount,
        ).changes > 0
    )
  }

  deleteCredential(id: string): boolean {
    return this.db.prepare('DELETE FROM credentials WHERE id = ?').run(id).changes > 0
  }

  /** Every keychain account a row refers to. */
  referencedAccounts(): Set<string> {
    const rows = this.db
      .prepare<[], { secret_account: string }>(
        'SELECT secret_account FROM credentials WHERE secret_account IS NOT NULL',
      )
      .all()
    return new Set(rows.map((r) => r.secret_account))
  }

  addHistory(h: HistoryInput): void {
    this.db
      .prepare(
        `INSERT INTO credential_history (credential_id, at, action, actor, old_issued_on, new_issued_on,
           old_expires_on, new_expires_on, old_expiry_source, new_expiry_source, secret_changed, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        h.credentialId,
        h.at,
        h.action,
        h.actor,
        h.oldIssuedOn,
        h.newIssuedOn,
        h.oldExpiresOn,
        h.newExpiresOn,
        h.oldExpirySource,
        h.newExpirySource,
        h.secretChanged ? 1 : 0,
        h.note,
      )
  }

  /** Newest first. */
  history(credentialId: string): CredentialHistoryEntry[] {
    return this.db
      .prepare<[string], HistoryRow>(
        `SELECT id, at, action, actor, old_issued_on, new_issued_on, old_expires_on, new_expires_on,
           old_expiry_source, new_expiry_source, secret_changed, note
         FROM credential_history WHERE credential_id = ? ORDER BY id DESC`,
      )
      .all(credentialId)
      .map(toHistory)
  }
}
