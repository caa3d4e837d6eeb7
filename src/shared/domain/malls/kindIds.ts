/**
 * Kind ids, without the profiles: screens that only need to tell a custom kind from a mall's
 * own (the dashboard) import this file and leave the profile data out of the first screen.
 */

export function customKindId(mallId: string): string {
  return `${mallId}.custom`
}

export function isCustomKind(kind: { id: string } | string): boolean {
  const id = typeof kind === 'string' ? kind : kind.id
  return id.endsWith('.custom')
}
