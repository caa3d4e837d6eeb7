#!/usr/bin/env node
// Prints the executable inside the app electron-builder just built (its unpacked folder), for
// the real-Electron smoke test: `HOLIDAY_PREP_APP_EXECUTABLE=$(node scripts/packaged-app.mjs)`.
// With --github-env it is also appended to $GITHUB_ENV for the following workflow steps.
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

// electron-builder reads its config with js-yaml; it is installed with it.
const yaml = createRequire(import.meta.url)('js-yaml')

const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8'))
const output = resolve((config.directories?.output ?? 'dist').replace('${version}', pkg.version))
const productName = config.productName ?? pkg.productName ?? pkg.name
const executableName = config.executableName ?? pkg.name

function candidates() {
  if (!existsSync(output)) return []
  const dirs = readdirSync(output, { withFileTypes: true }).filter((d) => d.isDirectory())
  const found = []
  for (const d of dirs) {
    const dir = join(output, d.name)
    if (process.platform === 'win32' && d.name.startsWith('win'))
      found.push(join(dir, `${executableName}.exe`))
    if (process.platform === 'linux' && d.name.startsWith('linux')) found.push(join(dir, executableName))
    // mac, mac-arm64, mac-universal: the bundle keeps the product name.
    if (process.platform === 'darwin' && d.name.startsWith('mac'))
      found.push(join(dir, `${productName}.app`, 'Contents', 'MacOS', productName))
  }
  return found.filter((f) => existsSync(f))
}

const found = candidates()
if (found.length === 0) {
  console.error(
    `パッケージされたアプリが ${output} に見つかりません。先に npx electron-builder を実行してください。\n` +
      `No packaged app under ${output}; run npx electron-builder first.`,
  )
  process.exit(1)
}
const executable = found[0]
if (process.argv.includes('--github-env') && process.env.GITHUB_ENV) {
  appendFileSync(process.env.GITHUB_ENV, `HOLIDAY_PREP_APP_EXECUTABLE=${executable}\n`)
}
console.log(executable)
