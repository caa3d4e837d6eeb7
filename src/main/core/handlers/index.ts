import type { AreaName, Areas } from '@shared/ipc'
import type { CoreContext } from '../context'
import type { Services } from '../services'
import { backupHandlers } from './backup'
import { calendarHandlers } from './calendar'
import { closureNoticesHandlers } from './closureNotices'
import { factsHandlers } from './facts'
import { remindersHandlers } from './reminders'
import { settingsHandlers } from './settings'
import { shopsHandlers } from './shops'
import { timelineHandlers } from './timeline'
import type { AreaFactory, Handlers } from './types'
import { wizardHandlers } from './wizard'

/**
 * One handler factory per area of the contract. The type is the contract's list of areas, so an
 * area added to `areas` in src/shared/ipc.ts fails the typecheck here until it has its handlers.
 */
const areaHandlers: { [A in AreaName]: AreaFactory<Areas[A]> } = {
  settings: settingsHandlers,
  calendar: calendarHandlers,
  shops: shopsHandlers,
  reminders: remindersHandlers,
  wizard: wizardHandlers,
  timeline: timelineHandlers,
  backup: backupHandlers,
  facts: factsHandlers,
  closureNotices: closureNoticesHandlers,
}

/** Every channel's handler, by its flat name. */
export function createHandlers(ctx: CoreContext, services: Services): Handlers {
  return Object.assign(
    {},
    ...Object.values(areaHandlers).map((factory) => factory(ctx, services)),
  ) as Handlers
}
