import { z } from 'zod'
import type { CredentialHistoryEntry } from '../domain/credentialHistory'
import type { ExpiryStatus } from '../domain/expiry'
import type { CredentialDeadline } from '../domain/timeline/credentialDeadline'
import type { Lifecycle } from '../domain/timeline/lifecycle'
import {
  deferredPaymentApps,
  type Bilingual,
  type Closure,
  type Credential,
  type IsoDate,
  type Shop,
} from '../domain/types'
import { channel } from './channel'
import { empty, id, isoDate } from './schemas'
import {
  CREDENTIAL_LABEL_MAX,
  CREDENTIAL_NOTE_MAX,
  MAX_PEM_CHARS,
  MAX_SECRET_CHARS,
  META_VALUE_MAX,
  SHOP_NAME_MAX,
  SHOP_NOTES_MAX,
} from './shopsLimits'

/**
 * Shops and their mall credentials. No result of these channels holds a secret
 * value, only `Credential.secretHint` ('••••AB12'); the one exception is `revealSecret`, called
 * when the user explicitly asks to see or copy a secret.
 */

/** A credential with what main computed for today and the next closure. */
export interface CredentialView {
  credential: Credential
  /** The kind's name from the mall profile ('ライセンスキー'). */
  kindName: Bilingual
  shopName: string
  shopActive: boolean
  mallId: string
  mallName: Bilingual
  /** The expiry was computed from the issue date and the kind's lifetime, not yet confirmed. */
  estimated: boolean
  status: ExpiryStatus
  /** The one do-by date every screen shows, with its urgency (from the action plan's rule). */
  deadline: CredentialDeadline
  /** One or two sentences: when it expires and by when to renew it. */
  advice: Bilingual
}

export interface ShopView {
  shop: Shop
  mallName: Bilingual
  credentials: CredentialView[]
}

export interface ShopsOverview {
  today: IsoDate
  /** The closure of the day and where the shop stands in it. */
  lifecycle: Lifecycle
  /** The closure expiries are judged against: the one under way or the next; null when none lies ahead. */
  nextClosure: Closure | null
  /** First business day after that closure. */
  reopening: IsoDate | null
  shops: ShopView[]
}

/** Every credential of the active shops, most urgent first (for the dashboard). */
export interface CredentialUrgency {
  today: IsoDate
  lifecycle: Lifecycle
  nextClosure: Closure | null
  reopening: IsoDate | null
  /** How many shops exist at all (active or not): tells "no shops" from "nothing to renew". */
  shopCount: number
  items: CredentialView[]
}

export type { CredentialHistoryEntry, HistoryAction, HistoryActor } from '../domain/credentialHistory'

export { MAX_CERTIFICATE_FILE_BYTES, MAX_PEM_CHARS, MAX_SECRET_CHARS } from './shopsLimits'

const label = z.string().max(CREDENTIAL_LABEL_MAX)
const note = z.string().max(CREDENTIAL_NOTE_MAX)
const secret = z.string().max(MAX_SECRET_CHARS)
const dateOrNull = isoDate.nullable()
/** Extra non-secret values of a kind (Yahoo! public-key version, …): a few short strings. */
const meta = z
  .record(z.string().max(40), z.string().max(META_VALUE_MAX))
  .refine((m) => Object.keys(m).length <= 10, { message: 'meta' })

export const saveShopInput = z
  .object({
    id: id.optional(),
    name: z.string().max(SHOP_NAME_MAX),
    mallId: id,
    active: z.boolean(),
    deferredPaymentApps: z.array(z.enum(deferredPaymentApps)).max(deferredPaymentApps.length),
    notes: z.string().max(SHOP_NOTES_MAX),
  })
  .strict()

/** What adding a credential and renewing one both set: the dates, the secret, meta and a note. */
const credentialValues = {
  issuedOn: dateOrNull,
  expiresOn: dateOrNull,
  secret: secret.optional(),
  meta: meta.optional(),
  note: note.optional(),
}

/**
 * Add (no id) or edit (id) a credential. Expiry: `expiresOn` is the date the mall shows
 * (entered, confirmed). Leave it null to estimate it from `issuedOn` and the kind's lifetime
 * (marked as an estimate until confirmed). `secret` replaces the stored secret; omit it to keep
 * the current one. Certificates go through importCertificate.
 */
export const saveCredentialInput = z
  .object({ id: id.optional(), shopId: id, kindId: id, label, ...credentialValues })
  .strict()

/** 「更新しました」: the new secret (where the kind has one) and the new dates, with a history entry. */
export const renewCredentialInput = z.object({ id, ...credentialValues }).strict()

/**
 * A Yahoo! API certificate: the .crt and the .key as text (the renderer reads the files the
 * user picked). New credential without `credentialId`; a renewal with it.
 */
export const importCertificateInput = z
  .object({
    shopId: id,
    credentialId: id.optional(),
    label,
    certificatePem: z.string().max(MAX_PEM_CHARS),
    privateKeyPem: z.string().max(MAX_PEM_CHARS),
    note: note.optional(),
  })
  .strict()

export const shopsChannels = {
  listShops: channel<ShopsOverview>()(empty),
  saveShop: channel<Shop>()(saveShopInput),
  deleteShop: channel<{ deletedCredentials: number }>()(z.object({ id, confirm: z.literal(true) }).strict()),
  saveCredential: channel<CredentialView>()(saveCredentialInput),
  renewCredential: channel<CredentialView>()(renewCredentialInput),
  /** The user checked the date in the mall's console: it stops being an estimate. */
  confirmCredentialDate: channel<CredentialView>()(
    z.object({ id, expiresOn: isoDate, note: note.optional() }).strict(),
  ),
  deleteCredential: channel<null>()(z.object({ id, confirm: z.literal(true) }).strict()),
  /** The only channel whose result holds a secret: called on an explicit click. */
  revealSecret: channel<{ secret: string }>()(z.object({ id }).strict()),
  credentialHistory: channel<CredentialHistoryEntry[]>()(z.object({ id }).strict()),
  importCertificate: channel<CredentialView>()(importCertificateInput),
  credentialUrgency: channel<CredentialUrgency>()(empty),
}
