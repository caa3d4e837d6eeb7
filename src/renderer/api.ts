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

/** Calls a contract channel through window.api and unwraps the result (throws ApiError). */
export async function call<C extends ChannelName>(
  name: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const method = methodOf(name)
  const result = (await method(input)) as
    { ok: true; value: ChannelOutput<C> } | { ok: false; error: AppErrorData }
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

export function onAppEvent(listener: Parameters<Window['api']['onEvent']>[0]): () => void {
  return window.api.onEvent(listener)
}
