import { useNoticesStore } from '@renderer/stores/notices'
import { downloadText } from '../settings/downloadText'

/**
 * Saves text through main's save dialog; where there is none (the browser preview) the page
 * downloads it instead, the way the backup does.
 */
export async function saveOrDownload(
  name: string,
  content: string,
  type: string,
): Promise<{ kind: 'saved'; path: string } | { kind: 'downloaded' } | { kind: 'cancelled' }> {
  const result = await useNoticesStore().saveTextFile(name, content)
  if (result.useDownload) {
    downloadText(name, content, type)
    return { kind: 'downloaded' }
  }
  return result.saved ? { kind: 'saved', path: result.path ?? name } : { kind: 'cancelled' }
}
