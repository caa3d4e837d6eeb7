import type { App } from 'electron'
import { dirname, join, sep } from 'node:path'
import { userDataDir } from '@shared/appIdentity'

/**
 * Where the built preload and renderer are, relative to the built main (out/main/index.cjs).
 * The same layout holds in `electron-vite preview` and inside the packaged app.asar.
 */
export function appPaths(mainDir: string) {
  const resources = join(mainDir, '../../resources')
  return {
    preload: join(mainDir, '../preload/index.cjs'),
    rendererHtml: join(mainDir, '../renderer/index.html'),
    icon: join(resources, 'icon.png'),
    resources,
  }
}

/**
 * The tray image per platform. macOS wants a monochrome template image (the file name ending
 * in "Template" makes nativeImage mark it so, and the @2x file next to it is picked up on
 * Retina); Windows draws the notification area from an .ico with its small sizes; Linux
 * status areas take a plain PNG at the size they show.
 */
export function trayIconFile(resourcesDir: string, platform: NodeJS.Platform): string {
  if (platform === 'darwin') return join(resourcesDir, 'tray', 'trayTemplate.png')
  if (platform === 'win32') return join(resourcesDir, 'tray', 'tray.ico')
  return join(resourcesDir, 'tray', 'tray.png')
}

export const DEV_SUFFIX = '-dev'

/** The development userData folder sits next to the installed app's, never inside it. */
export function devUserDataPath(userData: string): string {
  const trimmed = userData.replace(/[\\/]+$/, '')
  return trimmed.endsWith(DEV_SUFFIX) ? trimmed : `${trimmed}${DEV_SUFFIX}`
}

/**
 * `npm run dev` and `electron-vite preview` get their own userData: their own database and
 * log, and their own single-instance lock (Electron keys the lock on userData), so a
 * development run neither quits silently because the installed app sits in the tray nor
 * writes into the shop's real data. Must run before requestSingleInstanceLock.
 * Any naming of the app (app.setName) has to happen before this call.
 */
/**
 * userData in a fixed ASCII folder (src/shared/appIdentity.ts) beside the one Electron would
 * name after the product (休業準備ナビ): Electron's default is <appData>/<productName>, so its
 * parent is appData. A run given its own --user-data-dir (a test) keeps it. Call before the
 * single-instance lock and before separateDevUserData.
 */
export function useFixedUserData(app: Pick<App, 'getPath' | 'setPath' | 'commandLine'>): string {
  const current = app.getPath('userData')
  if (app.commandLine.hasSwitch('user-data-dir')) return current
  const fixed = userDataDir(dirname(current), sep === '\\' ? '\\' : '/')
  app.setPath('userData', fixed)
  return fixed
}

export function separateDevUserData(app: Pick<App, 'isPackaged' | 'getPath' | 'setPath'>): string {
  const current = app.getPath('userData')
  if (app.isPackaged) return current
  const dev = devUserDataPath(current)
  app.setPath('userData', dev)
  return dev
}
