/**
 * The credential vault: the one place that pairs SQLite credential rows with keychain accounts.
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
 * Secrets are checked with normalizeSecret (checks.ts), in main, before anything is written. They
 * go to ctx.secrets and nowhere else: not SQLite, not the log, not a result (revealSecret aside).
 */
import { randomUUID } from 'node:crypto'
import type { HistoryAction, HistoryActor } from '@shared/domain/credentialHistory'
import type { CredentialKind } from '@shared/domain/malls'
import { maskSecret } from '@shared/domain/secretInput'
import type { ExpirySource, IsoDate, Shop } from '@shared/domain/types'
import { AppError, appError } from '@shared/errors'
import type { CoreContext } from '@core/context'
import type { ShopsRepo, StoredCredential } from '@core/db/shopsRepo'
import { keychainUnavailable } from '@core/secrets/SecretStore'
import { credentialNotFound, shopNotFound } from './errors'

export interface RepairReport {
  /** Accounts deleted because no row references them. */
  deleted: string[]
  /** Accounts that could not be deleted (kept for the next repair). */
  failed: string[]
}

export interface Dates {
  issuedOn: IsoDate | null
  expiresOn: IsoDate
  expirySource: ExpirySource
}

export type HistoryNote = { action: HistoryAction; actor: HistoryActor; note: string }

/** Accounts this vault writes: `<credential id>:<n>`. Anything else in the keychain is left alone. */
const ACCOUNT = /^[A-Za-z0-9_.-]+:(\d+)$/

function nextAccount(credentialId: string, current: string | null): string {
  const n = current ? Number(ACCOUNT.exec(current)?.[1] ?? 0) : 0
  return `${credentialId}:${n + 1}`
}

export class CredentialVault {
  private queue: Promise<unknown> = Promise.resolve()
  /** The repair started with the core (see startRepair); tests may await it. */
  repaired: Promise<RepairReport | null> = Promise.resolve(null)

  constructor(
    private readonly ctx: CoreContext,
    private readonly repo: ShopsRepo,
  ) {}

  /** One keychain-touching operation at a time, in call order. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** The secret itself, for the one explicit reveal/copy click. Never logged. */
  async revealSecret(id: string): Promise<string> {
    const c = this.repo.credential(id)
    if (!c) throw credentialNotFound()
    if (!c.secretAccount) {
      throw appError('noSecret', {}, 'id')
    }
    const secret = await this.ctx.secrets.get(c.secretAccount)
    if (secret === null) {
      throw appError('secretMissing', {}, 'id')
    }
    this.ctx.logger.info('secret revealed', { credentialId: id })
    return secret
  }

  /** Create: keychain first, then the row and its history in one transaction. Returns the new id. */
  async create(
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
    return id
  }

  /**
   * Update (with or without a new secret): the new secret under a NEW account first, then the
   * row and its history in one transaction, then the old account is deleted.
   */
  async replace(
    existing: StoredCredential,
    v: {
      label: string
      meta: Record<string, string>
      dates: Dates
      secret: string | null
      history: HistoryNote | null
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
  }

  /** The row (keeping its account unless newAccount is given) and its history, in one transaction. */
  commitUpdate(
    next: StoredCredential,
    existing: StoredCredential,
    history: HistoryNote | null,
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

  /** Deletes the row (and its history), then the secret in the keychain. */
  async deleteCredential(existing: StoredCredential): Promise<void> {
    this.repo.transaction(() => this.repo.deleteCredential(existing.id))
    if (existing.secretAccount) await this.forgetSecret(existing.secretAccount)
  }

  /** Deletes a shop, its credentials and their history, then their secrets; returns how many credentials went. */
  async deleteShop(id: string): Promise<number> {
    const credentials = this.repo.credentialsOfShop(id)
    this.repo.transaction(() => this.repo.deleteShop(id))
    for (const c of credentials) if (c.secretAccount) await this.forgetSecret(c.secretAccount)
    return credentials.length
  }

  // ───────────────────────────── keychain repair ─────────────────────────────

  /** Deletes keychain accounts of this vault that no credential row references. */
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
}
