import { m001Settings } from './001_settings'
import { m002Shops } from './002_shops'
import { m003Calendar } from './003_calendar'
import { m004Reminders } from './004_reminders'
import { m005Wizard } from './005_wizard'
import { m006MallFacts } from './006_mall_facts'
import { m007NoticeTemplates } from './007_notice_templates'
import type { Migration } from './types'

export type { Migration }

/** Every migration, in order. Append new files here; never edit a released one. */
export const migrations: readonly Migration[] = [
  m001Settings,
  m002Shops,
  m003Calendar,
  m004Reminders,
  m005Wizard,
  m006MallFacts,
  m007NoticeTemplates,
]

export const latestVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0)
