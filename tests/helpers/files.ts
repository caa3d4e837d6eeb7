import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Every file under a folder (recursively), for scans that must miss nothing. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listFiles(path) : [path]
  })
}

/** Counts occurrences of `needle` (UTF-8 and UTF-16LE bytes) in the files. */
export function occurrencesIn(files: string[], needle: string): { file: string; count: number }[] {
  const patterns = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')]
  return files
    .map((file) => {
      const data = readFileSync(file)
      let count = 0
      for (const p of patterns) {
        let at = data.indexOf(p)
        while (at !== -1) {
          count++
          at = data.indexOf(p, at + 1)
        }
      }
      return { file, count }
    })
    .filter((r) => r.count > 0)
}
