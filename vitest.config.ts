import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { aliases, i18nMessages } from './electron.vite.config'

// One command runs every layer; each project gets the environment it needs.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      // Date rules must not drift through UTC: the date-heavy unit tests run again in two
      // more time zones (Node applies process.env.TZ when it changes).
      ...(['UTC', 'America/Los_Angeles'] as const).map((tz) => ({
        resolve: { alias: aliases },
        test: {
          name: `unit-${tz === 'UTC' ? 'utc' : 'la'}`,
          include: [
            'tests/unit/{isoDate,dateFormat,calendar,calendarExport,calendarValidation,mailWindow,expiry,reminders,wizard,closurePresets,timezone,timeline,notices,ics,orderCsv}.test.ts',
          ],
          environment: 'node',
          env: { TZ: tz },
        },
      })),
      {
        resolve: { alias: aliases },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/shell/**/*.test.ts'],
          environment: 'node',
          env: { TZ: 'Asia/Tokyo' },
        },
      },
      {
        resolve: { alias: aliases },
        test: {
          name: 'core',
          include: ['tests/core/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          // The keychain is one shared D-Bus service: files run one after another.
          fileParallelism: false,
        },
      },
      {
        // The same vue-i18n build as the app: runtime only, the messages precompiled (and the
        // syntax fixture of tests/renderer/i18n.test.ts with them).
        plugins: [
          vue(),
          i18nMessages([resolve(import.meta.dirname, 'tests/renderer/fixtures/syntaxMessages.ts')]),
        ],
        resolve: { alias: aliases },
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.ts'],
          environment: 'happy-dom',
        },
      },
      {
        resolve: { alias: aliases },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
