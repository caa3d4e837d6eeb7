/**
 * What the user changes in the shops area: shops, and credentials added, edited, renewed,
 * confirmed, deleted or imported from a certificate. Every input is checked here (checks.ts)
 * before anything is written; every write that can touch the keychain goes through the vault,
 * one at a time, in its write order (credentialVault.ts).
 */
import { randomUUID } from 'node:crypto'
import type { ParsedInput } from '@shared/ipc'
import { credentialKindsFor, mallProfile } from '@shared/domain/malls'
import type { Shop } from '@shared/domain/types'
import { appError } from '@shared/errors'
import type { CredentialView } from '@shared/ipc/shops'
import type { CoreContext } from '@core/context'
import type { ShopsRepo, StoredCredential } from '@core/db/shopsRepo'
import { readCertificatePair } from '../certificates'
import {
  checkLabel,
  checkSecret,
  cleanMeta,
  datesOrder,
  kindForShop,
  resolveDates,
  useCertificateImport,
} from './checks'
import type { CredentialVault, Dates } from './credentialVault'
import { credentialNotFound, shopNotFound } from './errors'
import { kindOf, mallName, type ShopViews } from './views'

/** The channels' inputs as their schemas (src/shared/ipc/shops.ts) accept them. */
export type ShopInput = ParsedInput<'saveShop'>
export type CredentialInput = ParsedInput<'saveCredential'>
export type RenewInput = ParsedInput<'renewCredential'>
export type CertificateInput = ParsedInput<'importCertificate'>
export type ConfirmDateInput = ParsedInput<'confirmCredentialDate'>

export class ShopCommands {
  constructor(
    private readonly ctx: CoreContext,
    private readonly repo: ShopsRepo,
    private readonly vault: CredentialVault,
    private readonly views: ShopViews,
  ) {}

  // ───────────────────────────── shops ─────────────────────────────

  saveShop(input: ShopInput): Shop {
    const name = input.name.trim()
    if (!name) {
      throw appError('shopNameRequired', {}, 'name')
    }
    if (!mallProfile(input.mallId)) {
      throw appError('unknownMall', {}, 'mallId')
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
      throw appError('mallChangeWithCredentials', {}, 'mallId')
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
    return this.vault.exclusive(async () => {
      if (!this.repo.shop(id)) throw shopNotFound()
      const deletedCredentials = await this.vault.deleteShop(id)
      this.changed()
      return { deletedCredentials }
    })
  }

  // ───────────────────────────── credentials ─────────────────────────────

  /** Adds (no id) or edits (id) a credential; see resolveDates (checks.ts) for the expiry rules. */
  saveCredential(input: CredentialInput): Promise<CredentialView> {
    return this.vault.exclusive(async () => {
      const shop = this.requireShop(input.shopId)
      const kind = kindForShop(shop, input.kindId)
      const existing = input.id ? this.requireCredential(input.id) : null
      if (existing && (existing.shopId !== shop.id || existing.kindId !== kind.id)) {
        throw appError('credentialKindFixed', {}, 'kindId')
      }
      const label = checkLabel(kind, input.label)
      const secret = checkSecret(kind, input.secret)

      if (kind.expirySource === 'certificate') {
        // Dates and key come from the certificate file: only the label can be edited here.
        if (!existing || secret !== null) throw useCertificateImport()
        const same = input.issuedOn === existing.issuedOn && input.expiresOn === existing.expiresOn
        const unchanged = same || (input.issuedOn === null && input.expiresOn === null)
        if (!unchanged) throw useCertificateImport()
        const next = { ...existing, label, updatedAt: this.ctx.nowIso() }
        this.vault.commitUpdate(next, existing, null, null)
        this.changed()
        return this.views.credentialView(next.id)
      }

      const dates = resolveDates(kind, input.issuedOn, input.expiresOn)
      const meta = cleanMeta(kind, input.meta, existing?.meta ?? {})
      const note = input.note?.trim() ?? ''
      if (!existing) {
        const id = await this.vault.create(shop, kind, { label, meta, dates, secret, note, actor: 'user' })
        this.changed()
        return this.views.credentialView(id)
      }
      const changedDates =
        dates.issuedOn !== existing.issuedOn ||
        dates.expiresOn !== existing.expiresOn ||
        dates.expirySource !== existing.expirySource
      const history =
        changedDates || secret !== null ? { action: 'update' as const, actor: 'user' as const, note } : null
      await this.vault.replace(existing, { label, meta, dates, secret, history })
      this.changed()
      return this.views.credentialView(existing.id)
    })
  }

  /** 「更新しました」: new dates, the new secret where the kind has one, and a history entry. */
  renewCredential(input: RenewInput): Promise<CredentialView> {
    return this.vault.exclusive(async () => {
      const existing = this.requireCredential(input.id)
      const shop = this.requireShop(existing.shopId)
      const kind = kindOf(existing, shop)
      if (kind.expirySource === 'certificate') throw useCertificateImport()
      const secret = checkSecret(kind, input.secret)
      if (secret === null && existing.hasSecret && kind.secret && !kind.secretOptional) {
        throw appError(
          'newSecretRequired',
          { secret: { ja: kind.secret.label.ja, en: kind.secret.label.en.toLowerCase() } },
          'secret',
        )
      }
      const dates = resolveDates(kind, input.issuedOn, input.expiresOn)
      const meta = cleanMeta(kind, input.meta, existing.meta)
      await this.vault.replace(existing, {
        label: existing.label,
        meta,
        dates,
        secret,
        history: { action: 'renew', actor: 'user', note: input.note?.trim() ?? '' },
      })
      this.changed()
      return this.views.credentialView(existing.id)
    })
  }

  /** The user checked the date in the mall's console: the expiry stops being an estimate. */
  confirmDate(input: ConfirmDateInput): Promise<CredentialView> {
    return this.vault.exclusive(async () => {
      const existing = this.requireCredential(input.id)
      const kind = kindOf(existing, this.requireShop(existing.shopId))
      if (kind.expirySource === 'certificate') throw useCertificateImport()
      if (existing.issuedOn && input.expiresOn < existing.issuedOn) throw datesOrder()
      const dates: Dates = {
        issuedOn: existing.issuedOn,
        expiresOn: input.expiresOn,
        expirySource: 'entered',
      }
      await this.vault.replace(existing, {
        label: existing.label,
        meta: existing.meta,
        dates,
        secret: null,
        history: { action: 'confirm', actor: 'user', note: input.note?.trim() ?? '' },
      })
      this.changed()
      return this.views.credentialView(existing.id)
    })
  }

  /** Deletes the row (and its history), then the secret in the keychain. */
  deleteCredential(id: string): Promise<void> {
    return this.vault.exclusive(async () => {
      const existing = this.requireCredential(id)
      await this.vault.deleteCredential(existing)
      this.changed()
    })
  }

  /**
   * A certificate pair (.crt + .key as text): checked and read in main, the private key goes
   * to the keychain, the expiry is the certificate's notAfter (Japan date). Refused: nothing stored.
   */
  importCertificate(input: CertificateInput): Promise<CredentialView> {
    return this.vault.exclusive(async () => {
      const shop = this.requireShop(input.shopId)
      const kind = credentialKindsFor(shop.mallId).find((k) => k.expirySource === 'certificate')
      if (!kind || !kind.secret) {
        throw appError('noCertificateKindForMall', { mall: mallName(shop.mallId) }, 'shopId')
      }
      const existing = input.credentialId ? this.requireCredential(input.credentialId) : null
      if (existing && (existing.shopId !== shop.id || existing.kindId !== kind.id)) {
        throw appError('certificateNotForCredential', {}, 'credentialId')
      }
      const label = checkLabel(kind, input.label)
      const pair = readCertificatePair(input, this.ctx.clock.now())
      const secret = checkSecret(kind, pair.privateKeyPem)
      const dates: Dates = { issuedOn: pair.issuedOn, expiresOn: pair.expiresOn, expirySource: 'certificate' }
      const meta: Record<string, string> = { ...(existing?.meta ?? {}) }
      if (kind.metaFields.some((f) => f.id === 'subject')) meta.subject = pair.subject
      const note = input.note?.trim() ?? ''
      if (!existing) {
        const id = await this.vault.create(shop, kind, {
          label,
          meta,
          dates,
          secret,
          note,
          actor: 'certificate',
        })
        this.changed()
        return this.views.credentialView(id)
      }
      await this.vault.replace(existing, {
        label,
        meta,
        dates,
        secret,
        history: { action: 'renew', actor: 'certificate', note },
      })
      this.changed()
      return this.views.credentialView(existing.id)
    })
  }

  // ───────────────────────────── internals ─────────────────────────────

  private changed() {
    this.ctx.events.changed('shops')
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
}
