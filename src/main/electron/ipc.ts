import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { channelNames, ipcChannel } from '@shared/ipc'
import type { Dispatch } from '@core/dispatch'
import { errorData } from '@shared/errors'

/**
 * Wires every contract channel to the core's dispatcher. A call from any frame other than
 * the app's own main frame is refused before its input is even looked at.
 */
export function registerIpc(
  ipcMain: IpcMain,
  dispatch: Dispatch,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const name of channelNames) {
    ipcMain.handle(ipcChannel(name), (event, input: unknown) => {
      if (!isTrustedSender(event)) return { ok: false, error: errorData('forbidden', {}) }
      return dispatch(name, input)
    })
  }
}
