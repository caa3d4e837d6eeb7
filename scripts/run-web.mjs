#!/usr/bin/env node
// `npm run web`: starts the browser preview (scripts/web.ts). On a Linux machine without a
// desktop session there is no D-Bus session bus and so no Secret Service: keytar cannot
// save anything and the preview would report the keychain as unavailable. There it runs
// inside scripts/with-keyring.sh, a private, unlocked gnome-keyring that lives as long as
// the preview does (the user's own keyring is never touched).
import { spawnSync } from 'node:child_process'

const args = process.argv.slice(2)
const web = [process.execPath, '--import', 'tsx', 'scripts/web.ts', ...args]
const headlessLinux =
  process.platform === 'linux' && !process.env.DBUS_SESSION_BUS_ADDRESS && !process.env.HOLIDAY_PREP_KEYRING

let command = web
if (headlessLinux) {
  console.log(
    'デスクトップのセッションがないため、この実行だけの一時的なキーリングを使います(止めると保存した秘密の値は消えます)。\n' +
      'No desktop session: using a temporary keyring for this run (secrets saved in the preview are gone when it stops).',
  )
  command = ['bash', 'scripts/with-keyring.sh', ...web]
}
const r = spawnSync(command[0], command.slice(1), { stdio: 'inherit' })
process.exit(r.status ?? 1)
