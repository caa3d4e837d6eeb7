#!/usr/bin/env node
// `npm run web`: starts the browser preview (scripts/web.ts). On a Linux machine without a
// desktop session there is no D-Bus session bus and so no Secret Service: keytar cannot
// save anything and the preview would report the keychain as unavailable. There it runs
// inside scripts/with-keyring.sh, a private, unlocked gnome-keyring that lives as long as
// the preview does (the user's own keyring is never touched).
import { spawn } from 'node:child_process'

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
// Its own process group, signalled as a whole: a stop sent to this process alone (a service
// manager, a test harness) must reach the preview, the D-Bus session and the keyring daemon,
// not only the first shell in the chain.
const posix = process.platform !== 'win32'
const child = spawn(command[0], command.slice(1), { stdio: 'inherit', detached: posix })
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    try {
      if (posix) process.kill(-child.pid, signal)
      else child.kill(signal)
    } catch {
      // already gone
    }
  })
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
