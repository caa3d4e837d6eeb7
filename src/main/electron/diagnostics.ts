import type { WebPreferences } from 'electron'

/**
 * Plain facts about the running shell, for the real-Electron smoke test to read from the main
 * process (playwright's `electronApp.evaluate`). Nothing here can change what the app does:
 * the shell writes, nobody else reads but that test.
 */
export interface ShellDiagnostics {
  /** The webPreferences the main window was created with. */
  webPreferences: WebPreferences | null
  trayCreated: boolean
  /** OS notifications asked for, shown (the OS said 'show') and refused ('failed'). */
  notificationsRequested: number
  notificationsShown: number
  notificationsFailed: number
}

export const diagnostics: ShellDiagnostics = {
  webPreferences: null,
  trayCreated: false,
  notificationsRequested: 0,
  notificationsShown: 0,
  notificationsFailed: 0,
}

export const DIAGNOSTICS_GLOBAL = 'holidayPrepDiagnostics'

export function exposeDiagnostics(
  target: Record<string, unknown> = globalThis as Record<string, unknown>,
): void {
  target[DIAGNOSTICS_GLOBAL] = diagnostics
}
