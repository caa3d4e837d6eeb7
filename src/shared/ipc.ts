import type { z } from 'zod'
import type { Result } from './errors'
import type { ChannelSpec } from './ipc/channel'
import type { AppEvent } from './ipc/events'
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
 * The IPC contract by area: every channel between the renderer and the main process, with its
 * input schema and result type. `window.api` keeps this grouping (api.shops.saveShop); the
 * wire and main's dispatcher use the flat names, which are unique across areas.
 */
export const areas = {
  settings: settingsChannels,
  calendar: calendarChannels,
  shops: shopsChannels,
  reminders: remindersChannels,
  wizard: wizardChannels,
  timeline: timelineChannels,
  backup: backupChannels,
  facts: factsChannels,
  closureNotices: closureNoticesChannels,
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never

/**
 * Every channel by its flat name: what main validates and dispatches with. Derived from
 * `areas`, the one list an area is registered in (names are unique across areas: a test says so).
 */
export const contract = Object.assign({}, ...Object.values(areas)) as UnionToIntersection<
  (typeof areas)[keyof typeof areas]
>

export type Areas = typeof areas
export type AreaName = keyof Areas
export type Contract = typeof contract
export type ChannelName = keyof Contract
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends ChannelName> =
  Contract[C] extends ChannelSpec<z.ZodType, infer O> ? O : never

export const channelNames = Object.keys(contract) as ChannelName[]

/** Each area's channel names: all a client needs to build `window.api` (no schemas). */
export const channelLayout = Object.fromEntries(
  Object.entries(areas).map(([area, channels]) => [area, Object.keys(channels)]),
) as { [A in AreaName]: (keyof Areas[A] & ChannelName)[] }

/** The Electron channel string of a contract name. */
export const ipcChannel = (name: ChannelName): string => `hp:${name}`
export const eventChannel = 'hp:event'

/** What the preload (or the browser host's shim) puts on `window.api`. */
export type Api = {
  [A in AreaName]: {
    [C in keyof Areas[A] & ChannelName]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
  }
} & {
  onEvent(listener: (event: AppEvent) => void): () => void
}

export type { AppEvent, Topic } from './ipc/events'
export type { Result }
