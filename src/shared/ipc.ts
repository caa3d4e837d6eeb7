import type { z } from 'zod'
import type { Result } from './errors'
import type { ChannelSpec } from './ipc/channel'
import { backupChannels } from './ipc/backup'
import { calendarChannels } from './ipc/calendar'
import { closureNoticesChannels } from './ipc/closureNotices'
import { factsChannels } from './ipc/facts'
import { remindersChannels } from './ipc/reminders'
import { settingsChannels } from './ipc/settings'
import { shopsChannels } from './ipc/shops'
import { timelineChannels } from './ipc/timeline'
import { wizardChannels } from './ipc/wizard'

/**
 * The IPC contract: every channel between the renderer and the main process, with its input
 * schema and result type. Main validates with these schemas, the preload and the browser host
 * build `window.api` from these names. Areas keep their channels in ./ipc/<area>.ts.
 */
export const contract = {
  ...settingsChannels,
  ...calendarChannels,
  ...shopsChannels,
  ...remindersChannels,
  ...wizardChannels,
  ...timelineChannels,
  ...backupChannels,
  ...factsChannels,
  ...closureNoticesChannels,
}

export type Contract = typeof contract
export type ChannelName = keyof Contract
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends ChannelName> =
  Contract[C] extends ChannelSpec<z.ZodType, infer O> ? O : never

export const channelNames = Object.keys(contract) as ChannelName[]

/** The Electron channel string of a contract name. */
export const ipcChannel = (name: ChannelName): string => `hp:${name}`
export const eventChannel = 'hp:event'

/** Events the main process pushes to the window. */
export type AppEvent =
  | { type: 'changed'; topics: string[] }
  | { type: 'navigate'; route: string }
  | { type: 'toast'; id: string; title: string; body: string; route: string | null }

/** What the preload (or the browser host's shim) puts on `window.api`. */
export type Api = {
  [C in ChannelName]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
} & {
  onEvent(listener: (event: AppEvent) => void): () => void
}

export type { Result }
