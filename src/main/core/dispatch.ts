import { AppError, errorData, internalErrorData, type Result } from '@shared/errors'
import { contract, type ChannelName } from '@shared/ipc'
import type { Handlers } from './handlers/types'
import { invalidInput } from './validation'

export interface DispatchLog {
  error(message: string, context?: Record<string, unknown>): void
}

const MAX_INPUT_JSON = 2_000_000

function isChannel(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name)
}

/**
 * The single door of the core: validates the raw input of a channel against the contract,
 * runs the handler and wraps everything that can go wrong into a typed error. Electron's
 * ipcMain and the browser host both call this, so they behave the same.
 */
export function createDispatcher(handlers: Handlers, log: DispatchLog) {
  return async function dispatch(name: string, raw: unknown): Promise<Result<unknown>> {
    if (!isChannel(name)) {
      return { ok: false, error: errorData('unknownChannel', {}) }
    }
    let size: number
    try {
      size = JSON.stringify(raw ?? null)?.length ?? 0
    } catch {
      size = Infinity
    }
    if (size > MAX_INPUT_JSON) {
      return { ok: false, error: errorData('inputTooLarge', {}) }
    }
    const parsed = contract[name].input.safeParse(raw === undefined ? {} : raw)
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error).toData() }
    try {
      const handler = handlers[name] as (input: unknown) => unknown
      const value = await handler(parsed.data)
      return { ok: true, value: value === undefined ? null : value }
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toData() }
      log.error('handler failed', {
        channel: name,
        error: error instanceof Error ? error.message : String(error),
      })
      return { ok: false, error: internalErrorData }
    }
  }
}

export type Dispatch = ReturnType<typeof createDispatcher>
