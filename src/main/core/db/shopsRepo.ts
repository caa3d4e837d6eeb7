import type { CredentialHistoryEntry } from '@shared/domain/credentialHistory'
import type { Shop } from '@shared/domain/types'
import type { Db } from './open'
import {
  credentialRow,
  historyRow,
  shopRow,
  toCredential,
  toHistory,
  toShop,
  type CredentialRow,
  type HistoryInput,
  type HistoryRow,
  type ShopRow,
  type StoredCredential,
} from './shopsRows'
import { prepared, sql } from './statements'

export type { HistoryInput, StoredCredential } from './shopsRows'

/**
 * Shops, credentials and credential history. Secret values never come here: a credential row
 * only names the keychain account that holds its secret (`secret_account`) and keeps a masked
 * hint for display.
 */

const SHOPS = sql<[], ShopRow>('SELECT * FROM shops ORDER BY active DESC, created_at, rowid')
const SHOP_COUNT = sql<[], { n: number }>('SELECT COUNT(*) AS n FROM shops')
const SHOP = sql<[id: string], ShopRow>('SELECT * FROM shops WHERE id = ?')
const INSERT_SHOP = sql<ShopRow>(
  `INSERT INTO shops (id, name, mall_id, active, deferred_apps, notes, created_at, updated_at)
   VALUES (@id, @name, @mall_id, @active, @deferred_apps, @notes, @created_at, @updated_at)`,
)
const UPDATE_SHOP = sql<ShopRow>(
  `UPDATE shops SET name = @name, mall_id = @mall_id, active = @active, deferred_apps = @deferred_apps,
     notes = @notes, updated_at = @updated_at
   WHERE id = @id`,
)
const DELETE_SHOP = sql<[id: string]>('DELETE FROM shops WHERE id = ?')

const CREDENTIALS = sql<[], CredentialRow>('SELECT * FROM credentials ORDER BY created_at, rowid')
const CREDENTIALS_OF_SHOP = sql<[shopId: string], CredentialRow>(
  'SELECT * FROM credentials WHERE shop_id = ? ORDER BY created_at, rowid',
)
const CREDENTIAL = sql<[id: string], CredentialRow>('SELECT * FROM credentials WHERE id = ?')
const INSERT_CREDENTIAL = sql<CredentialRow>(
  `INSERT INTO credentials (id, shop_id, kind_id, label, issued_on, expires_on, expiry_source,
     secret_account, secret_hint, meta, created_at, updated_at)
   VALUES (@id, @shop_id, @kind_id, @label, @issued_on, @expires_on, @expiry_source,
     @secret_account, @secret_hint, @meta, @created_at, @updated_at)`,
)
const UPDATE_CREDENTIAL = sql<CredentialRow & { expected_account: string | null }>(
  `UPDATE credentials SET label = @label, issued_on = @issued_on, expires_on = @expires_on,
     expiry_source = @expiry_source, secret_account = @secret_account, secret_hint = @secret_hint,
     meta = @meta, updated_at = @updated_at
   WHERE id = @id AND secret_account IS @expected_account`,
)
const DELETE_CREDENTIAL = sql<[id: string]>('DELETE FROM credentials WHERE id = ?')
const REFERENCED_ACCOUNTS = sql<[], { secret_account: string }>(
  'SELECT secret_account FROM credentials WHERE secret_account IS NOT NULL',
)

const INSERT_HISTORY = sql<Omit<HistoryRow, 'id'>>(
  `INSERT INTO credential_history (credential_id, at, action, actor, old_issued_on, new_issued_on,
     old_expires_on, new_expires_on, old_expiry_source, new_expiry_source, secret_changed, note)
   VALUES (@credential_id, @at, @action, @actor, @old_issued_on, @new_issued_on,
     @old_expires_on, @new_expires_on, @old_expiry_source, @new_expiry_source, @secret_changed, @note)`,
)
const HISTORY = sql<[credentialId: string], HistoryRow>(
  `SELECT id, credential_id, at, action, actor, old_issued_on, new_issued_on, old_expires_on,
     new_expires_on, old_expiry_source, new_expiry_source, secret_changed, note
   FROM credential_history WHERE credential_id = ? ORDER BY id DESC`,
)

export class ShopsRepo {
  constructor(private readonly db: Db) {}

  /** Runs `fn` in one SQLite transaction (all or nothing). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)()
  }

  shops(): Shop[] {
    return prepared(this.db, SHOPS).all().map(toShop)
  }

  shopCount(): number {
    return prepared(this.db, SHOP_COUNT).get()!.n
  }

  shop(id: string): Shop | null {
    const row = prepared(this.db, SHOP).get(id)
    return row ? toShop(row) : null
  }

  insertShop(shop: Shop): void {
    prepared(this.db, INSERT_SHOP).run(shopRow(shop))
  }

  updateShop(shop: Shop): void {
    prepared(this.db, UPDATE_SHOP).run(shopRow(shop))
  }

  /** Deletes the shop; its credentials and their history go with it (ON DELETE CASCADE). */
  deleteShop(id: string): boolean {
    return prepared(this.db, DELETE_SHOP).run(id).changes > 0
  }

  credentials(): StoredCredential[] {
    return prepared(this.db, CREDENTIALS).all().map(toCredential)
  }

  credentialsOfShop(shopId: string): StoredCredential[] {
    return prepared(this.db, CREDENTIALS_OF_SHOP).all(shopId).map(toCredential)
  }

  credential(id: string): StoredCredential | null {
    const row = prepared(this.db, CREDENTIAL).get(id)
    return row ? toCredential(row) : null
  }

  insertCredential(c: StoredCredential): void {
    prepared(this.db, INSERT_CREDENTIAL).run(credentialRow(c))
  }

  /**
   * Updates the row only if its secret account is still `expectedAccount` (optimistic check:
   * someone else may have replaced the secret in between). Returns false when it was not.
   */
  updateCredential(c: StoredCredential, expectedAccount: string | null): boolean {
    const params = { ...credentialRow(c), expected_account: expectedAccount }
    return prepared(this.db, UPDATE_CREDENTIAL).run(params).changes > 0
  }

  deleteCredential(id: string): boolean {
    return prepared(this.db, DELETE_CREDENTIAL).run(id).changes > 0
  }

  /** Every keychain account a row refers to. */
  referencedAccounts(): Set<string> {
    return new Set(
      prepared(this.db, REFERENCED_ACCOUNTS)
        .all()
        .map((r) => r.secret_account),
    )
  }

  addHistory(h: HistoryInput): void {
    prepared(this.db, INSERT_HISTORY).run(historyRow(h))
  }

  /** Newest first. */
  history(credentialId: string): CredentialHistoryEntry[] {
    return prepared(this.db, HISTORY).all(credentialId).map(toHistory)
  }
}
