import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import vue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The one-way import flow of ARCHITECTURE.md, enforced: renderer → shared, preload → shared,
// main → shared; shared imports nothing outside itself (no electron, node:*, vue or DOM).
const noNodeOrUi = [
  {
    group: [
      'electron',
      'node:*',
      'vue',
      'vue-*',
      'pinia',
      'better-sqlite3',
      'keytar',
      'fs',
      'path',
      'crypto',
    ],
    message: 'src/shared is pure: no electron, node, vue or native modules.',
  },
  {
    group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/host/**', '@core/*', '@renderer/*'],
    message: 'src/shared imports only from src/shared.',
  },
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: noNodeOrUi }] },
  },
  {
    files: ['src/renderer/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/main/**',
                '**/preload/**',
                '**/host/**',
                '@core/*',
                'electron',
                'node:*',
                'better-sqlite3',
                'keytar',
              ],
              message: 'The renderer talks to the world only through window.api.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '**/renderer/**', '**/host/**', '@core/*', '@renderer/*', 'node:*'],
              message: 'The preload imports only electron and src/shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '**/preload/**', '**/host/**', '@renderer/*'],
              message: 'main never imports the renderer, preload or the browser host.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', '**/electron/**', '**/renderer/**', '**/host/**', '@renderer/*'],
              message: 'The core is Electron-free.',
            },
          ],
        },
      ],
    },
  },
  prettier,
)
