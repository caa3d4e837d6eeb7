/**
 * Shops and their mall credentials: every expiry date known, every secret in the OS keychain.
 *
 * The area in three parts, composed here into the one service the handlers and the other areas use:
 * - shops/credentialVault.ts: the write order between the keychain and SQLite (documented at its
 *   top), the one-at-a-time queue and the start-up repair; the one place that pairs credential
 *   rows with keychain accounts;
 * - shops/commands.ts (with shops/checks.ts): shops and credentials added, changed and deleted;
 * - shops/views.ts: the credential views with their deadlines and advice texts, the overview,
 *   the urgency list, and the credentials as the action plan and the wizard take them.
 */
import type { PlanCredential } from '@shared/domain/timeline'
import type { Credential, Shop } from '@shared/domain/types'
import type {
  CredentialHistoryEntry,
  CredentialUrgency,
  CredentialView,
  ShopsOverview,
} from '@shared/ipc/shops'
import type { CoreContext } from '../context'
import { ShopsRepo } from '../db/shopsRepo'
import type { CalendarService } from './calendarService'
import {
  ShopCommands,
  type CertificateInput,
  type ConfirmDateInput,
  type CredentialInput,
  type RenewInput,
  type ShopInput,
} from './shops/commands'
import { CredentialVault, type RepairReport } from './shops/credentialVault'
import { ShopViews } from './shops/views'

export class ShopsService {
  private readonly vault: CredentialVault
  private readonly views: ShopViews
  private readonly commands: ShopCommands

  constructor(ctx: CoreContext, calendar: CalendarService) {
    const repo = new ShopsRepo(ctx.db)
    this.vault = new CredentialVault(ctx, repo)
    this.views = new ShopViews(ctx, calendar, repo)
    this.commands = new ShopCommands(ctx, repo, this.vault, this.views)
  }

  /** The repair started with the core (see startRepair); tests may await it. */
  get repaired(): Promise<RepairReport | null> {
    return this.vault.repaired
  }

  // ───────────────────────────── reading (views) ─────────────────────────────

  /** How many shops there are, active or not (no views built). */
  shopCount(): number {
    return this.views.shopCount()
  }

  overview(): ShopsOverview {
    return this.views.overview()
  }

  /** The shops and the active shops' credentials, without views: the wizard's setup. */
  setupForRun(): { shops: Shop[]; credentials: Credential[] } {
    return this.views.setupForRun()
  }

  /** The credentials of active shops as the action plan takes them (no views, no advice texts). */
  planCredentials(): PlanCredential[] {
    return this.views.planCredentials()
  }

  /** Every credential of the active shops, most urgent first. */
  urgency(): CredentialUrgency {
    return this.views.urgency()
  }

  credentialView(id: string): CredentialView {
    return this.views.credentialView(id)
  }

  history(id: string): CredentialHistoryEntry[] {
    return this.views.history(id)
  }

  /** The secret itself, for the one explicit reveal/copy click. Never logged. */
  revealSecret(id: string): Promise<string> {
    return this.vault.revealSecret(id)
  }

  // ───────────────────────────── writing (commands) ─────────────────────────────

  saveShop(input: ShopInput): Shop {
    return this.commands.saveShop(input)
  }

  /** Deletes the shop, its credentials and their history, then their secrets in the keychain. */
  deleteShop(id: string): Promise<{ deletedCredentials: number }> {
    return this.commands.deleteShop(id)
  }

  saveCredential(input: CredentialInput): Promise<CredentialView> {
    return this.commands.saveCredential(input)
  }

  renewCredential(input: RenewInput): Promise<CredentialView> {
    return this.commands.renewCredential(input)
  }

  confirmDate(input: ConfirmDateInput): Promise<CredentialView> {
    return this.commands.confirmDate(input)
  }

  deleteCredential(id: string): Promise<void> {
    return this.commands.deleteCredential(id)
  }

  importCertificate(input: CertificateInput): Promise<CredentialView> {
    return this.commands.importCertificate(input)
  }

  // ───────────────────────────── keychain repair (vault) ─────────────────────────────

  /** Deletes keychain accounts that no credential row references. */
  repairSecrets(): Promise<RepairReport> {
    return this.vault.repairSecrets()
  }

  /** Starts the repair once (at core start) in the background; errors are logged, never thrown. */
  startRepair(): Promise<RepairReport | null> {
    return this.vault.startRepair()
  }
}
