import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  powerMonitor,
  shell,
  Tray,
  type IpcMainInvokeEvent,
} from 'electron'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCore, type Core } from '../core'
import { createKeytarStore } from '../core/secrets/keytarStore'
import { eventChannel } from '../../shared/ipc'
import { registerIpc } from './ipc'
import { applyStartAtLogin, HIDDEN_ARG } from './loginItem'
import { createOsNotifier } from './notifier'
import { appPaths } from './paths'
import { isAppUrl } from './security'
import { trayMenuTemplate } from './trayMenu'
import { pauseRemindersToday, resumeReminders, trayModelFrom } from './trayModel'
import { createMainWindow, focusWindow } from './window'

export const APP_ID = 'jp.holidayprep.app'
export const KEYCHAIN_SERVICE = 'holiday-prep'

/** The Electron shell: lifecycle and adapters around the core. Nothing clever lives here. */
export function runApp(mainDir: string): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  // Windows shows notifications only for an app id that a Start-menu shortcut carries.
  app.setAppUserModelId(APP_ID)
  const paths = appPaths(mainDir)
  const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
  let core: Core | null = null
  let win: BrowserWindow | null = null
  let tray: Tray | null = null
  let quitting = false

  const isTrustedSender = (event: IpcMainInvokeEvent): boolean =>
    win !== null && event.sender === win.webContents && isAppUrl(event.senderFrame?.url ?? '', devServerUrl)

  const openWindow = (route?: string) => {
    if (win && !win.isDestroyed()) return focusWindow(win, route)
    win = createMainWindow({ ...paths, devServerUrl, title: '休業準備ナビ' })
    if (route) win.webContents.once('did-finish-load', () => win && focusWindow(win, route))
    win.on('close', (event) => onClose(event))
    win.on('closed', () => (win = null))
  }

  // Closing the window keeps the app (and its reminders) running in the tray, if so set.
  const onClose = (event: Electron.Event) => {
    if (quitting || !core || !tray) return
    const desktop = core.services.settings.desktop()
    if (!desktop.keepInTray) return
    event.preventDefault()
    win?.hide()
    if (!desktop.trayExplained) {
      core.services.settings.saveDesktop({ trayExplained: true })
      const ja = core.services.settings.get().language === 'ja'
      new Notification({
        title: ja ? '休業準備ナビは動き続けています' : 'Holiday Prep keeps running',
        body: ja
          ? '期限のお知らせを出すため、通知領域(トレイ)に残ります。終了はトレイのメニューから。設定で変更できます。'
          : 'It stays in the tray to show expiry reminders. Quit from the tray menu; change this in Settings.',
      }).show()
    }
  }

  const refreshTray = () => {
    if (!tray || !core) return
    const model = trayModelFrom(core)
    tray.setContextMenu(
      Menu.buildFromTemplate(
        trayMenuTemplate(model, {
          open: (route) => openWindow(route),
          pauseToday: () => core && pauseRemindersToday(core),
          resume: () => core && resumeReminders(core),
          quit: () => {
            quitting = true
            app.quit()
          },
        }),
      ),
    )
  }

  app.on('second-instance', () => openWindow())

  void app.whenReady().then(() => {
    core = createCore({
      dataDir: join(app.getPath('userData'), 'data'),
      secrets: createKeytarStore(KEYCHAIN_SERVICE),
      appVersion: app.getVersion(),
      notifier: createOsNotifier(
        { isSupported: () => Notification.isSupported(), create: (o) => new Notification(o) },
        (route) => openWindow(route),
        paths.icon,
      ),
      openFolder: async (path) => (await shell.openPath(path)) === '',
      pdfPrinter: {
        async printToPdf(suggestedName) {
          if (!win) return { saved: false, path: null }
          const result = await dialog.showSaveDialog(win, {
            defaultPath: join(app.getPath('documents'), suggestedName),
            filters: [{ name: 'PDF', extensions: ['pdf'] }],
          })
          if (result.canceled || !result.filePath) return { saved: false, path: null }
          const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true })
          await writeFile(result.filePath, pdf)
          return { saved: true, path: result.filePath }
        },
      },
      fileSaver: {
        async saveText(suggestedName, content) {
          const options = { defaultPath: join(app.getPath('documents'), suggestedName) }
          const result = win
            ? await dialog.showSaveDialog(win, options)
            : await dialog.showSaveDialog(options)
          if (result.canceled || !result.filePath) return { saved: false, path: null }
          await writeFile(result.filePath, content, 'utf8')
          return { saved: true, path: result.filePath }
        },
      },
    })
    const started = core
    process.on('uncaughtException', (error) =>
      started.context.logger.error('uncaught', { error: error.message }),
    )
    started.events.on((event) => {
      if (win && !win.isDestroyed()) win.webContents.send(eventChannel, event)
      if (event.type === 'changed') refreshTray()
      if (event.type === 'changed' && event.topics.includes('desktop')) applyLoginItem(started)
    })
    registerIpc(ipcMain, started.dispatch, isTrustedSender)

    tray = new Tray(nativeImage.createFromPath(paths.icon).resize({ width: 16, height: 16 }))
    tray.setToolTip('休業準備ナビ')
    tray.on('click', () => openWindow())
    refreshTray()
    applyLoginItem(started)

    // Timers do not run while the machine sleeps: plan again when it wakes or is unlocked.
    const replan = (reason: string) => {
      started.scheduler.replan(reason)
      refreshTray()
    }
    powerMonitor.on('resume', () => replan('resume'))
    powerMonitor.on('unlock-screen', () => replan('unlock-screen'))

    // Started at login: stay in the tray until the user opens the window.
    if (!process.argv.includes(HIDDEN_ARG)) openWindow()
  })

  const applyLoginItem = (c: Core) => {
    try {
      applyStartAtLogin(c.services.settings.desktop().startAtLogin, app, {
        platform: process.platform,
        execPath: process.execPath,
        appImage: process.env.APPIMAGE,
        configHome: process.env.XDG_CONFIG_HOME ?? join(app.getPath('home'), '.config'),
      })
    } catch (error) {
      c.context.logger.warn('login item not applied', { error: String(error) })
    }
  }

  app.on('activate', () => openWindow())
  app.on('before-quit', () => (quitting = true))
  app.on('window-all-closed', () => {
    // With the tray the app keeps running; without it, closing the last window quits.
    if (!tray && process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', () => core?.close())
}
