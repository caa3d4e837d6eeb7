import type { Result } from '../errors'
import type { ChannelName } from '../ipc'
import type { AppEvent } from './events'

/** How a client reaches main: Electron's ipcRenderer in the app, fetch and SSE in the browser host. */
export interface ApiTransport {
  invoke(name: ChannelName, input: unknown): Promise<Result<unknown>>
  subscribe(listener: (event: AppEvent) => void): () => void
}

/** Each area's channel names, in the contract's grouping (see channelLayout in ../ipc). */
export type ChannelLayout = Record<string, readonly ChannelName[]>

/**
 * Builds `window.api` from the contract's layout and a transport: one function per channel,
 * grouped by area (`api.shops.saveShop(input)`), and one event subscription. Pure, so the
 * preload and the browser host's page build the very same object.
 */
export function createApiClient<T>(layout: ChannelLayout, transport: ApiTransport): T {
  const client: Record<string, unknown> = {}
  for (const [area, names] of Object.entries(layout)) {
    const group: Record<string, (input: unknown) => Promise<Result<unknown>>> = {}
    for (const name of names) group[name] = (input) => transport.invoke(name, input)
    client[area] = Object.freeze(group)
  }
  client.onEvent = (listener: (event: AppEvent) => void) => transport.subscribe(listener)
  return Object.freeze(client) as T
}
