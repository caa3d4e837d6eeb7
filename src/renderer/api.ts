import type { Bilingual } from '@shared/domain/types'
import type { AppErrorData, ErrorCode } from '@shared/errors'
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/ipc'

/** An error the main process returned, with its message in both languages. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly bilingual: Bilingual
  readonly field?: string
  constructor(data: AppErrorData) {
    super(data.message.en)
    this.code = data.code
    this.bilingual = data.message
    this.field = data.field
  }
}

type Method = (input: unknown) => Promise<unknown>

// window.api is grouped by area; call() names channels by their flat (unique) names. Looked up
// in window.api itself (a few areas), so the renderer carries no copy of the contract.
function methodOf(name: ChannelName): Method {
  for (const group of Object.values(window.api) as Record<string, Method>[]) {
    if (typeof group === 'object' && name in group) return group[name]!
  }
  throw new Error(`window.api has no channel ${name}`)
}

async function request<C extends ChannelName>(name: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const method = methodOf(name)
  const result = (await method(input)) as
    { ok: true; value: ChannelOutput<C> } | { ok: false; error: AppErrorData }
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

// Answers asked for ahead (callEarly), by channel and input, until someone takes them.
const early = new Map<string, Promise<unknown>>()
const earlyKey = (name: string, input: unknown) => `${name} ${JSON.stringify(input)}`

/** Calls a contract channel through window.api and unwraps the result (throws ApiError). */
export async function call<C extends ChannelName>(
  name: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  if (early.size > 0) {
    const key = earlyKey(name, input)
    const asked = early.get(key) as Promise<ChannelOutput<C>> | undefined
    if (asked) {
      early.delete(key)
      return asked
    }
  }
  return request(name, input)
}

/**
 * Asks now for what the first screen will ask for when it mounts, so that the answer travels
 * while the page starts: the first call() of the same channel with the same input takes it
 * instead of asking again. Whatever nobody took is dropped by discardEarly() once the first
 * screen is up, so no later call ever gets an answer from before.
 */
export function callEarly<C extends ChannelName>(name: C, input: ChannelInput<C>): void {
  const asked = request(name, input)
  asked.catch(() => undefined) // the taker sees the error; untaken, it is nobody's
  early.set(earlyKey(name, input), asked)
}

export function discardEarly(): void {
  early.clear()
}

export function onAppEvent(listener: Parameters<Window['api']['onEvent']>[0]): () => void {
  return window.api.onEvent(listener)
}
