export * from './phases'
export * from './catalog'
export * from './names'
export * from './run'
