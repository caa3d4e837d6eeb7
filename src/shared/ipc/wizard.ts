// The preparation wizard (issue 6): channels are added here.
export const wizardChannels = {}
