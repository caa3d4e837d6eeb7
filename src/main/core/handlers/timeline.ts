import type { timelineChannels } from '@shared/ipc/timeline'
import type { AreaFactory } from './types'

export const timelineHandlers: AreaFactory<typeof timelineChannels> = (_ctx, { timeline }) => ({
  getDashboard: () => timeline.dashboard(),
})
