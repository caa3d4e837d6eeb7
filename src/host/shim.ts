import { channelNames } from '../shared/ipc'

/**
 * The page-side `window.api` of the browser host, generated from the contract's channel
 * names. The token comes from the URL the host printed and is kept for the tab only.
 */
export function apiShimSource(): string {
  return `(() => {
  const params = new URLSearchParams(location.search)
  const fromUrl = params.get('token')
  if (fromUrl) {
    sessionStorage.setItem('hp-token', fromUrl)
    history.replaceState(null, '', location.pathname + location.hash)
  }
  const token = sessionStorage.getItem('hp-token') || ''
  const names = ${JSON.stringify(channelNames)}
  const api = {}
  for (const name of names) {
    api[name] = async (input) => {
      const response = await fetch('/api/' + name, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
        body: JSON.stringify(input === undefined ? {} : input),
      })
      return response.json()
    }
  }
  const listeners = new Set()
  let source = null
  api.onEvent = (listener) => {
    listeners.add(listener)
    if (!source) {
      source = new EventSource('/events?token=' + encodeURIComponent(token))
      source.onmessage = (message) => {
        const event = JSON.parse(message.data)
        for (const l of listeners) l(event)
      }
    }
    return () => listeners.delete(listener)
  }
  window.api = Object.freeze(api)
})()
`
}
