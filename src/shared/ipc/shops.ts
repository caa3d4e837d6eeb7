// Shops and credentials (issue 3): channels are added here.
export const shopsChannels = {}
