import type { AppEvent } from '@shared/ipc/events'
import { createApiClient, type ChannelLayout } from '@shared/ipc/client'

// Filled in by the host when it bundles this file (shim.ts): the contract's layout, names only,
// so the page gets no schemas.
declare const __HP_CHANNEL_LAYOUT__: ChannelLayout

// The browser host's `window.api`: the same client as the preload's, over fetch and SSE. The
// token comes from the URL the host printed and is kept for the tab only.
const params = new URLSearchParams(location.search)
const fromUrl = params.get('token')
if (fromUrl) {
  sessionStorage.setItem('hp-token', fromUrl)
  history.replaceState(null, '', location.pathname + location.hash)
}
const token = sessionStorage.getItem('hp-token') || ''

const listeners = new Set<(event: AppEvent) => void>()
let source: EventSource | null = null

Object.defineProperty(window, 'api', {
  value: createApiClient(__HP_CHANNEL_LAYOUT__, {
    async invoke(name, input) {
      const response = await fetch('/api/' + name, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
        body: JSON.stringify(input === undefined ? {} : input),
      })
      return response.json()
    },
    subscribe(listener) {
      listeners.add(listener)
      if (!source) {
        source = new EventSource('/events?token=' + encodeURIComponent(token))
        source.onmessage = (message: MessageEvent<string>) => {
          const event = JSON.parse(message.data) as AppEvent
          for (const l of listeners) l(event)
        }
      }
      return () => listeners.delete(listener)
    },
  }),
  enumerable: true,
})
