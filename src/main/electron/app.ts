import { app, BrowserWindow, dialog, ipcMain, Notification, shell, type IpcMainInvokeEvent } from 'electron'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCore, type Core } from '../core'
import { createKeytarStore } from '../core/secrets/keytarStore'
import { eventChannel } from '../../shared/ipc'
import { registerIpc } from './ipc'
import { appPaths } from './paths'
import { isAppUrl } from './security'
import { createMainWindow, focusWindow } from './window'

export const APP_ID = 'jp.holidayprep.app'
export const KEYCHAIN_SERVICE = 'holiday-prep'

/** The Electron shell: lifecycle and adapters around the core. Nothing clever lives here. */
export function runApp(mainDir: string): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.setAppUserModelId(APP_ID)
  const paths = appPaths(mainDir)
  const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
  let core: Core | null = null
  let win: BrowserWindow | null = null

  const isTrustedSender = (event: IpcMainInvokeEvent): boolean =>
    win !== null && event.sender === win.webContents && isAppUrl(event.senderFrame?.url ?? '', devServerUrl)

  const openWindow = (route?: string) => {
    if (win && !win.isDestroyed()) return focusWindow(win, route)
    win = createMainWindow({ ...paths, devServerUrl, title: '休業準備ナビ' })
    win.on('closed', () => (win = null))
  }

  app.on('second-instance', () => openWindow())

  void app.whenReady().then(() => {
    core = createCore({
      dataDir: join(app.getPath('userData'), 'data'),
      secrets: createKeytarStore(KEYCHAIN_SERVICE),
      appVersion: app.getVersion(),
      openFolder: async (path) => (await shell.openPath(path)) === '',
      fileSaver: {
        async saveText(suggestedName, content) {
          const options = { defaultPath: join(app.getPath('documents'), suggestedName) }
          const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
          if (result.canceled || !result.filePath) return { saved: false, path: null }
          await writeFile(result.filePath, content, 'utf8')
          return { saved: true, path: result.filePath }
        },
      },
      notifier: {
        show(n) {
          if (!Notification.isSupported()) return
          const notification = new Notification({ title: n.title, body: n.body })
          notification.on('click', () => openWindow(n.route ?? undefined))
          notification.show()
        },
      },
    })
    process.on('uncaughtException', (error) => core?.context.logger.error('uncaught', { error: error.message }))
    core.events.on((event) => {
      if (win && !win.isDestroyed()) win.webContents.send(eventChannel, event)
    })
    registerIpc(ipcMain, core.dispatch, isTrustedSender)
    openWindow()
  })

  app.on('activate', () => openWindow())
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', () => core?.close())
}
