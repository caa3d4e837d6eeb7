import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { channelLayout, eventChannel, ipcChannel, type Api, type AppEvent } from '@shared/ipc'
import { createApiClient } from '@shared/ipc/client'

// One method per contract channel, and one event subscription: the page never sees
// ipcRenderer itself, so it cannot reach a channel the contract does not name.
const api = createApiClient<Api>(channelLayout, {
  invoke: (name, input) => ipcRenderer.invoke(ipcChannel(name), input),
  subscribe(listener) {
    const wrapped = (_e: IpcRendererEvent, event: AppEvent) => listener(event)
    ipcRenderer.on(eventChannel, wrapped)
    return () => ipcRenderer.removeListener(eventChannel, wrapped)
  },
})

contextBridge.exposeInMainWorld('api', api)
