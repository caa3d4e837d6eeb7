import type { CredentialHistoryEntry, HistoryAction, HistoryActor } from '@shared/domain/credentialHistory'
import type { Credential, DeferredPaymentApp, ExpirySource, Shop } from '@shared/domain/types'
import { deferredPaymentApps } from '@shared/domain/types'

/**
 * The shops tables' rows and their mapping to and from the domain, one pair of functions per
 * table. The history entry is the domain's (shared/domain/credentialHistory.ts), which the
 * contract hands out as it is.
 */

export interface ShopRow {
  id: string
  name: string
  mall_id: string
  active: number
  deferred_apps: string
  notes: string
  created_at: string
  updated_at: string
}

export interface CredentialRow {
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

export interface HistoryRow {
  id: number
  credential_id: string
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

/** A history line to write: the row's id comes from SQLite. */
export interface HistoryInput extends Omit<CredentialHistoryEntry, 'id'> {
  credentialId: string
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

export function toShop(r: ShopRow): Shop {
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

export function shopRow(s: Shop): ShopRow {
  return {
    id: s.id,
    name: s.name,
    mall_id: s.mallId,
    active: s.active ? 1 : 0,
    deferred_apps: JSON.stringify(s.deferredPaymentApps),
    notes: s.notes,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  }
}

export function toCredential(r: CredentialRow): StoredCredential {
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

export function credentialRow(c: StoredCredential): CredentialRow {
  return {
    id: c.id,
    shop_id: c.shopId,
    kind_id: c.kindId,
    label: c.label,
    issued_on: c.issuedOn,
    expires_on: c.expiresOn,
    expiry_source: c.expirySource,
    secret_account: c.secretAccount,
    secret_hint: c.secretHint,
    meta: JSON.stringify(c.meta),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  }
}

export function toHistory(r: HistoryRow): CredentialHistoryEntry {
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

export function historyRow(h: HistoryInput): Omit<HistoryRow, 'id'> {
  return {
    credential_id: h.credentialId,
    at: h.at,
    action: h.action,
    actor: h.actor,
    old_issued_on: h.oldIssuedOn,
    new_issued_on: h.newIssuedOn,
    old_expires_on: h.oldExpiresOn,
    new_expires_on: h.newExpiresOn,
    old_expiry_source: h.oldExpirySource,
    new_expiry_source: h.newExpirySource,
    secret_changed: h.secretChanged ? 1 : 0,
    note: h.note,
  }
}
