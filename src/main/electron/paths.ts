import { join } from 'node:path'

/**
 * Where the built preload and renderer are, relative to the built main (out/main/index.cjs).
 * The same layout holds in `electron-vite preview` and inside the packaged app.asar.
 */
export function appPaths(mainDir: string) {
  return {
    preload: join(mainDir, '../preload/index.cjs'),
    rendererHtml: join(mainDir, '../renderer/index.html'),
    icon: join(mainDir, '../../resources/icon.png'),
  }
}
