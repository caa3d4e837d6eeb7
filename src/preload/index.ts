import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { channelNames, eventChannel, ipcChannel, type Api, type AppEvent } from '../shared/ipc'

// One method per contract channel, and one event subscription: the page never sees
// ipcRenderer itself, so it cannot reach a channel the contract does not name.
const api: Record<string, unknown> = {}
for (const name of channelNames) {
  api[name] = (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input)
}
api.onEvent = (listener: (event: AppEvent) => void) => {
  const wrapped = (_e: IpcRendererEvent, event: AppEvent) => listener(event)
  ipcRenderer.on(eventChannel, wrapped)
  return () => ipcRenderer.removeListener(eventChannel, wrapped)
}

contextBridge.exposeInMainWorld('api', api as Api)
