/** What the shell knows when the window is closed or the last window is gone. */
export interface CloseState {
  /** Quit was asked for (tray menu, OS shutdown, Cmd+Q): nothing may hold the window. */
  quitting: boolean
  /** The user's setting 「ウィンドウを閉じても、通知領域(トレイ)で動き続ける」. */
  keepInTray: boolean
  /** A tray icon exists to bring the window back; without one, hiding would strand the app. */
  trayReady: boolean
}

/** Closing the window hides it only when the setting asks for it and the tray can reopen it. */
export function closeAction(state: CloseState): 'hide' | 'close' {
  return !state.quitting && state.keepInTray && state.trayReady ? 'hide' : 'close'
}

/**
 * After the last window closed: quit, unless the app is meant to keep running in the tray.
 * Decided from the setting, on every platform (the tray icon exists on macOS too, so the dock
 * convention of staying open would leave the app running against the setting's words).
 */
export function quitWhenAllClosed(state: Omit<CloseState, 'quitting'>): boolean {
  return !(state.keepInTray && state.trayReady)
}
