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
import { createCore, type Core } from '@core'
import { createFileLogger, LOG_FILE } from '@core/log/fileLogger'
import type { NotificationRequest } from '@core/ports'
import { createKeytarStore } from '@core/secrets/keytarStore'
import { eventChannel } from '@shared/ipc'
import { registerIpc } from './ipc'
import { closeAction, quitWhenAllClosed } from './lifecycle'
import { applyStartAtLogin, startedHidden } from './loginItem'
import { createOsNotifier, toastActivationHandler } from './notifier'
import { diagnostics, exposeDiagnostics } from './diagnostics'
import { appPaths, separateDevUserData, trayIconFile, useFixedUserData } from './paths'
import { isAppUrl } from './security'
import { handleStartupFailure } from './startupError'
import { trayMenuTemplate } from './trayMenu'
import { pauseRemindersToday, resumeReminders, trayModelFrom } from './trayModel'
import { createMainWindow, focusWindow } from './window'

export const APP_ID = 'jp.holidayprep.app'
export const KEYCHAIN_SERVICE = 'holiday-prep'
/** How many reminders the OS refused to show the tray keeps listing. */
const UNDELIVERED_KEPT = 5

/** The Electron shell: lifecycle and adapters around the core. Nothing clever lives here. */
export function runApp(mainDir: string): void {
  // Before the lock: Electron keys the single-instance lock on userData. The folder is
  // app.setPath('userData', userDataDir(…)) of src/shared/appIdentity.ts, -dev when not packaged.
  useFixedUserData(app)
  separateDevUserData(app)
  exposeDiagnostics()
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  // Windows shows notifications only for an app id that a Start-menu shortcut carries.
  app.setAppUserModelId(APP_ID)
  const paths = appPaths(mainDir)
  const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
  const page = { rendererHtml: paths.rendererHtml, devServerUrl }
  const dataDir = join(app.getPath('userData'), 'data')
  const logDir = join(dataDir, 'logs')
  let core: Core | null = null
  let win: BrowserWindow | null = null
  let tray: Tray | null = null
  let quitting = false
  const undelivered: NotificationRequest[] = []

  const isTrustedSender = (event: IpcMainInvokeEvent): boolean =>
    win !== null && event.sender === win.webContents && isAppUrl(event.senderFrame?.url ?? '', page)

  const openWindow = (route?: string) => {
    if (win && !win.isDestroyed()) return focusWindow(win, route)
    win = createMainWindow({ ...paths, devServerUrl, title: '休業準備ナビ', route })
    win.on('close', (event) => onClose(event))
    win.on('closed', () => (win = null))
  }

  const desktopSettings = () => core?.services.settings.desktop() ?? null

  // Closing the window keeps the app (and its reminders) running in the tray, if so set.
  const onClose = (event: Electron.Event) => {
    const desktop = desktopSettings()
    if (!core || !desktop) return
    if (closeAction({ quitting, keepInTray: desktop.keepInTray, trayReady: tray !== null }) === 'close')
      return
    event.preventDefault()
    win?.hide()
    if (!desktop.trayExplained) {
      core.services.settings.markTrayExplained()
      const ja = core.services.settings.get().language === 'ja'
      new Notification({
        title: ja ? '休業準備ナビは動き続けています' : 'Holiday Prep keeps running',
        body: ja
          ? '期限のお知らせを出すため、通知領域(トレイ)に残ります。終了はトレイのメニューから。設定で変更できます。'
          : 'It stays in the tray to show expiry reminders. Quit from the tray menu; change this in Settings.',
      }).show()
    }
  }

  // The OS refused a notification: keep the reminder where the user looks (window and tray).
  const notificationFailed = (n: NotificationRequest, error: string) => {
    core?.context.logger.warn('notification not shown', { error, id: n.id })
    undelivered.unshift(n)
    undelivered.splice(UNDELIVERED_KEPT)
    if (win && !win.isDestroyed() && win.isVisible())
      win.webContents.send(eventChannel, {
        type: 'toast',
        id: n.id,
        title: n.title,
        body: n.body,
        route: n.route,
      })
    refreshTray()
  }

  const refreshTray = () => {
    if (!tray || !core) return
    const model = {
      ...trayModelFrom(core),
      undelivered: undelivered.map((n) => ({ label: n.title, route: n.route })),
    }
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

  const start = () => {
    const notifier = createOsNotifier(
      { isSupported: () => Notification.isSupported(), create: (o) => new Notification(o) },
      { open: (route) => openWindow(route), failed: notificationFailed },
      paths.icon,
    )
    core = createCore({
      dataDir,
      secrets: createKeytarStore(KEYCHAIN_SERVICE),
      appVersion: app.getVersion(),
      notifier,
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

    const trayImage = nativeImage.createFromPath(trayIconFile(paths.resources, process.platform))
    if (process.platform === 'darwin') trayImage.setTemplateImage(true)
    tray = new Tray(trayImage)
    diagnostics.trayCreated = true
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

    if (process.platform === 'win32')
      Notification.handleActivation(
        toastActivationHandler({
          open: (route) => openWindow(route),
          lastClickAt: () => notifier.lastClickAt(),
          now: Date.now,
          later: (fn, ms) => void setTimeout(fn, ms),
        }),
      )

    // Started at login: stay in the tray until the user opens the window.
    if (!startedHidden(process.argv, process.platform, app)) openWindow()
  }

  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      quitting = true
      handleStartupFailure(error, {
        logFile: join(logDir, LOG_FILE),
        dataDir,
        log: (message, context) => createFileLogger({ dir: logDir }).error(message, context),
        showErrorBox: (title, content) => dialog.showErrorBox(title, content),
        exit: (code) => app.exit(code),
      })
    })

  const applyLoginItem = (c: Core) => {
    try {
      applyStartAtLogin(c.services.settings.desktop().startAtLogin, app, {
        packaged: app.isPackaged,
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
    const desktop = desktopSettings()
    if (quitWhenAllClosed({ keepInTray: desktop?.keepInTray ?? false, trayReady: tray !== null })) app.quit()
  })
  app.on('will-quit', () => core?.close())
}
