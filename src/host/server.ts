import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { readFileSync, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { createCore, type Core } from '@core'
import type { NotificationRequest } from '@core/ports'
import type { SecretStore } from '@core/secrets/SecretStore'
import { createKeytarStore } from '@core/secrets/keytarStore'
import { errorData } from '@shared/errors'
import type { AppEvent } from '@shared/ipc'
import { createControllableClock, type ControllableClock } from './clock'
import { apiShimSource } from './shim'

/**
 * The browser host: serves the built renderer and the IPC contract over HTTP on 127.0.0.1,
 * so the real UI runs in a real browser against the real core. For tests and previews only;
 * it is never part of the Electron app.
 */
export interface HostOptions {
  dataDir: string
  rendererDir?: string
  port?: number
  now?: string
  clockMode?: 'fixed' | 'offset'
  secrets?: SecretStore
  keychainService?: string
  /** Keep every API response body, so a test can scan what crossed the wire. */
  recordResponses?: boolean
}

export interface Host {
  url: string
  token: string
  core: Core
  clock: ControllableClock
  notifications: NotificationRequest[]
  responses: string[]
  close(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

const MAX_BODY = 2_500_000

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'text/plain; charset=utf-8',
) {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  })
  res.end(body)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        reject(new Error('too large'))
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

export async function startHost(options: HostOptions): Promise<Host> {
  const rendererDir = resolve(options.rendererDir ?? 'out/renderer')
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}). Run: npm run build`)
  }
  const token = randomBytes(24).toString('base64url')
  const baseClock = createControllableClock(options.now, options.clockMode)
  // Setting the clock is a clock jump for the app: the reminder scheduler plans again at once
  // (its timers are computed from this clock, so a fixed clock would otherwise wait for them).
  const clock: ControllableClock = {
    now: () => baseClock.now(),
    set(instant, mode) {
      baseClock.set(instant, mode)
      core.scheduler.replan('clock-set')
    },
  }
  const notifications: NotificationRequest[] = []
  const responses: string[] = []
  const eventStreams = new Set<ServerResponse>()
  // One keychain service per data folder: the start-up repair of one preview profile must
  // never see another profile's secrets as orphans.
  const profile = createHash('sha256').update(resolve(options.dataDir)).digest('hex').slice(0, 12)
  const secrets =
    options.secrets ?? createKeytarStore(options.keychainService ?? `holiday-prep-web-${profile}`)

  const broadcast = (event: AppEvent) => {
    const data = `data: ${JSON.stringify(event)}\n\n`
    for (const stream of eventStreams) stream.write(data)
  }

  const core = createCore({
    dataDir: options.dataDir,
    secrets,
    clock,
    appVersion: 'browser-host',
    notifier: {
      // The browser stands in for the OS: notifications become in-app toasts, recorded.
      show(n) {
        notifications.push(n)
        broadcast({ type: 'toast', id: n.id, title: n.title, body: n.body, route: n.route })
      },
    },
  })
  core.events.on(broadcast)

  const shim = await apiShimSource()
  const indexHtml = readFileSync(join(rendererDir, 'index.html'), 'utf8').replace(
    '<script type="module"',
    '<script src="/__api.js"></script>\n    <script type="module"',
  )

  let port = 0
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`]

  const server = createServer((req, res) => {
    void (async () => {
      // DNS rebinding guard: only our own address may name this server.
      if (!allowedHosts().includes(req.headers.host ?? '')) return send(res, 421, 'Misdirected request')
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
      if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
        const auth = req.headers.authorization ?? ''
        if (!sameSecret(auth, `Bearer ${token}`)) return send(res, 401, 'Unauthorized')
        if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
          return send(res, 415, 'JSON only')
        let raw: unknown
        try {
          const text = await readBody(req)
          raw = text === '' ? {} : JSON.parse(text)
        } catch {
          const body = JSON.stringify({ ok: false, error: errorData('invalidJson', {}) })
          return send(res, 400, body, TYPES['.json'])
        }
        const result = await core.dispatch(url.pathname.slice('/api/'.length), raw)
        const body = JSON.stringify(result)
        if (options.recordResponses) responses.push(body)
        return send(res, 200, body, TYPES['.json'])
      }
      if (req.method !== 'GET') return send(res, 405, 'Method not allowed')
      if (url.pathname === '/events') {
        if (!sameSecret(url.searchParams.get('token') ?? '', token)) return send(res, 401, 'Unauthorized')
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        })
        res.write(': connected\n\n')
        eventStreams.add(res)
        req.on('close', () => eventStreams.delete(res))
        return
      }
      if (url.pathname === '/__api.js') return send(res, 200, shim, TYPES['.js'])
      if (url.pathname === '/' || url.pathname === '/index.html')
        return send(res, 200, indexHtml, TYPES['.html'])
      const file = normalize(join(rendererDir, decodeURIComponent(url.pathname)))
      if (!file.startsWith(rendererDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
        return send(res, 404, 'Not found')
      }
      return send(res, 200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream')
    })().catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error')
    })
  })

  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok))
  port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    core,
    clock,
    notifications,
    responses,
    async close() {
      // server.close() waits for every open connection, and an open page's EventSource
      // reconnects at once: stop taking connections, then cut the ones still open.
      const closed = new Promise<void>((ok) => server.close(() => ok()))
      for (const stream of eventStreams) stream.end()
      server.closeAllConnections()
      await closed
      core.close()
    },
  }
}
