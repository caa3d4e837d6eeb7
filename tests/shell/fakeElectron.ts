import { vi } from 'vitest'

/**
 * A stand-in for the parts of Electron that runApp touches, recording what the shell asks of
 * it. The real binary never runs on the build machines; this lets a test drive the whole
 * lifecycle (ready, windows, tray, notifications, quit) against a real core.
 */
type Listener = (...args: unknown[]) => unknown

class Emitter {
  listeners = new Map<string, Listener[]>()
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener)
  }
  emit(event: string, ...args: unknown[]) {
    for (const l of this.listeners.get(event) ?? []) l(...args)
  }
}

export function createFakeElectron() {
  const order: string[] = []
  const state = {
    userData: '',
    home: '',
    wasOpenedAtLogin: false,
    gotLock: true,
    notificationsSupported: true,
  }
  let ready: () => void = () => undefined
  let readyPromise = new Promise<void>((r) => (ready = r))

  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    commandLine: { hasSwitch: vi.fn(() => false), getSwitchValue: vi.fn(() => '') },
    getPath: vi.fn((name: string) => (name === 'userData' ? state.userData : state.home)),
    setPath: vi.fn((name: string, path: string) => {
      order.push(`setPath:${name}`)
      if (name === 'userData') state.userData = path
    }),
    requestSingleInstanceLock: vi.fn(() => {
      order.push('requestSingleInstanceLock')
      return state.gotLock
    }),
    setAppUserModelId: vi.fn(),
    getVersion: () => '0.1.0',
    whenReady: () => readyPromise,
    quit: vi.fn(() => order.push('quit')),
    exit: vi.fn((code: number) => order.push(`exit:${code}`)),
    setLoginItemSettings: vi.fn(),
    getLoginItemSettings: vi.fn(() => ({ wasOpenedAtLogin: state.wasOpenedAtLogin, openAtLogin: false })),
  })

  class WebContents extends Emitter {
    send = vi.fn()
    setWindowOpenHandler = vi.fn()
    printToPDF = vi.fn()
  }

  class BrowserWindow extends Emitter {
    static instances: BrowserWindow[] = []
    webContents = new WebContents()
    visible = false
    destroyed = false
    loadFile = vi.fn(async () => undefined)
    loadURL = vi.fn(async () => undefined)
    constructor(public options: unknown) {
      super()
      BrowserWindow.instances.push(this)
    }
    show = vi.fn(() => void (this.visible = true))
    hide = vi.fn(() => void (this.visible = false))
    focus = vi.fn()
    restore = vi.fn()
    isMinimized = () => false
    isVisible = () => this.visible
    isDestroyed = () => this.destroyed
    /** What a click on the window's close button does: 'close' listeners may prevent it. */
    userCloses(): boolean {
      let prevented = false
      this.emit('close', { preventDefault: () => (prevented = true) })
      if (prevented) return false
      this.destroyed = true
      this.emit('closed')
      return true
    }
  }

  class Notification extends Emitter {
    static instances: Notification[] = []
    static isSupported = () => state.notificationsSupported
    static handleActivation = vi.fn()
    shown = false
    constructor(public options: { title?: string; body?: string }) {
      super()
      Notification.instances.push(this)
    }
    show() {
      this.shown = true
    }
  }

  class Tray extends Emitter {
    static instances: Tray[] = []
    menu: { label?: string }[] = []
    constructor(public image: { path: string }) {
      super()
      Tray.instances.push(this)
    }
    setContextMenu(menu: { label?: string }[]) {
      this.menu = menu
    }
    setToolTip = vi.fn()
  }

  const module = {
    app,
    BrowserWindow,
    Notification,
    Tray,
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn() },
    ipcMain: { handle: vi.fn() },
    Menu: { buildFromTemplate: (template: unknown) => template },
    nativeImage: {
      createFromPath: (path: string) => {
        const image = { path, setTemplateImage: vi.fn(), resize: () => image }
        return image
      },
    },
    powerMonitor: new Emitter(),
    shell: { openPath: vi.fn(async () => ''), openExternal: vi.fn() },
  }

  return {
    module,
    state,
    order,
    ready: () => ready(),
    /** A fresh app for the next test: listeners, windows and the ready promise reset. */
    reset() {
      order.length = 0
      app.listeners.clear()
      module.powerMonitor.listeners.clear()
      app.isPackaged = true
      for (const fn of [
        app.quit,
        app.exit,
        app.setPath,
        app.setLoginItemSettings,
        module.dialog.showErrorBox,
      ])
        fn.mockClear()
      module.ipcMain.handle.mockReset()
      Notification.handleActivation.mockClear()
      BrowserWindow.instances = []
      Notification.instances = []
      Tray.instances = []
      Object.assign(state, { wasOpenedAtLogin: false, gotLock: true, notificationsSupported: true })
      readyPromise = new Promise<void>((r) => (ready = r))
    },
  }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
