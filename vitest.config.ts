import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// One command runs every layer; each project gets the environment it needs.
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      // Date rules must not drift through UTC: the date-heavy unit tests run again in two
      // more time zones (Node applies process.env.TZ when it changes).
      ...(['UTC', 'America/Los_Angeles'] as const).map((tz) => ({
        test: {
          name: `unit-${tz === 'UTC' ? 'utc' : 'la'}`,
          include: [
            'tests/unit/{isoDate,calendar,calendarExport,calendarValidation,mailWindow,expiry,reminders,wizard,closurePresets,timezone,timeline,notices,ics,orderCsv}.test.ts',
          ],
          environment: 'node',
          env: { TZ: tz },
        },
      })),
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/shell/**/*.test.ts'],
          environment: 'node',
          env: { TZ: 'Asia/Tokyo' },
        },
      },
      {
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
        plugins: [vue()],
        // The same vue-i18n build as the app: runtime only, messages compiled by ours.
        resolve: { alias: { 'vue-i18n': 'vue-i18n/dist/vue-i18n.runtime.esm-bundler.js' } },
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.ts'],
          environment: 'happy-dom',
        },
      },
      {
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
