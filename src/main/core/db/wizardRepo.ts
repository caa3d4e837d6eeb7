import type { IsoDate } from '../../../shared/domain/types'
import type { PhaseDates, RunStepInstance, StepRecord, StepState } from '../../../shared/domain/wizard'
import type { Db } from './open'
import { SettingsRepo } from './settingsRepo'

/** Preparation runs and their steps (migration 005), plus the first-run flag in settings. */

interface RunRow {
  id: string
  closure_id: string
  closure_name: string
  closure_start: string
  closure_end: string
  phase_dates: string
  carrier_notes: string | null
  created_at: string
  updated_at: string
}

interface StepRow {
  run_id: string
  key: string
  position: number | null
  instance: string
  state: StepState
  skip_reason: string | null
  notes: string
  done_at: string | null
  auto: number
  updated_at: string
}

export interface StoredRun {
  id: string
  closureId: string
  closureName: string
  start: IsoDate
  end: IsoDate
  phaseDates: PhaseDates
  carrierNotes: string | null
  createdAt: string
  updatedAt: string
}

/** A step as stored: its record, its instance snapshot and its place in the run (null: no longer applies). */
export interface StoredStep extends StepRecord {
  position: number | null
  instance: RunStepInstance
  /** The instance's JSON as stored (what JSON.stringify(instance) gave when it was written). */
  instanceJson: string
  updatedAt: string
}

export interface OnboardingRecord {
  at: string
  skipped: boolean
}

const ONBOARDING = 'wizard.onboarding'

function toRun(r: RunRow): StoredRun {
  return {
    id: r.id,
    closureId: r.closure_id,
    closureName: r.closure_name,
    start: r.closure_start,
    end: r.closure_end,
    phaseDates: JSON.parse(r.phase_dates) as PhaseDates,
    carrierNotes: r.carrier_notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }
}

function toStep(r: StepRow): StoredStep {
  return {
    key: r.key,
    state: r.state,
    skipReason: r.skip_reason,
    notes: r.notes,
    doneAt: r.done_at,
    auto: r.auto === 1,
    position: r.position,
    instance: JSON.parse(r.instance) as RunStepInstance,
    instanceJson: r.instance,
    updatedAt: r.updated_at,
  }
}

export class WizardRepo {
  private readonly settings: SettingsRepo

  constructor(private readonly db: Db) {
    this.settings = new SettingsRepo(db)
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)()
  }

  runs(): StoredRun[] {
    return this.db
      .prepare<[], RunRow>('SELECT * FROM prep_runs ORDER BY closure_start DESC, created_at DESC')
      .all()
      .map(toRun)
  }

  run(id: string): StoredRun | null {
    const row = this.db.prepare<[string], RunRow>('SELECT * FROM prep_runs WHERE id = ?').get(id)
    return row ? toRun(row) : null
  }

  /** The newest run of a closure, or null. */
  latestRunOf(closureId: string): StoredRun | null {
    const row = this.db
      .prepare<[string], RunRow>(
        'SELECT * FROM prep_runs WHERE closure_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
      )
      .get(closureId)
    return row ? toRun(row) : null
  }

  insertRun(run: StoredRun): void {
    this.db
      .prepare(
        `INSERT INTO prep_runs (id, closure_id, closure_name, closure_start, closure_end, phase_dates,
           carrier_notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        run.id,
        run.closureId,
        run.closureName,
        run.start,
        run.end,
        JSON.stringify(run.phaseDates),
        run.carrierNotes,
        run.createdAt,
        run.updatedAt,
      )
  }

  /** The closure's name and dates as they are now (a live run follows its closure). */
  updateRunClosure(
    id: string,
    v: Pick<StoredRun, 'closureName' | 'start' | 'end' | 'phaseDates'>,
    now: string,
  ) {
    this.db
      .prepare(
        `UPDATE prep_runs SET closure_name = ?, closure_start = ?, closure_end = ?, phase_dates = ?,
           updated_at = ? WHERE id = ?`,
      )
      .run(v.closureName, v.start, v.end, JSON.stringify(v.phaseDates), now, id)
  }

  saveCarrierNotes(id: string, notes: string, now: string): void {
    this.db.prepare('UPDATE prep_runs SET carrier_notes = ?, updated_at = ? WHERE id = ?').run(notes, now, id)
  }

  touchRun(id: string, now: string): void {
    this.db.prepare('UPDATE prep_runs SET updated_at = ? WHERE id = ?').run(now, id)
  }

  /** Every step of the run, in run order; steps that no longer apply last. */
  steps(runId: string): StoredStep[] {
    return this.db
      .prepare<[string], StepRow>(
        `SELECT * FROM prep_steps WHERE run_id = ?
         ORDER BY position IS NULL, position, key`,
      )
      .all(runId)
      .map(toStep)
  }

  upsertStep(runId: string, step: Omit<StoredStep, 'updatedAt' | 'instanceJson'>, now: string): void {
    this.db
      .prepare(
        `INSERT INTO prep_steps (run_id, key, position, instance, state, skip_reason, notes, done_at, auto, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(run_id, key) DO UPDATE SET position = excluded.position, instance = excluded.instance,
           state = excluded.state, skip_reason = excluded.skip_reason, notes = excluded.notes,
           done_at = excluded.done_at, auto = excluded.auto, updated_at = excluded.updated_at`,
      )
      .run(
        runId,
        step.key,
        step.position,
        JSON.stringify(step.instance),
        step.state,
        step.skipReason,
        step.notes,
        step.doneAt,
        step.auto ? 1 : 0,
        now,
      )
  }

  /** Marks a step as no longer part of the run (its record is kept). */
  retireStep(runId: string, key: string, now: string): void {
    this.db
      .prepare('UPDATE prep_steps SET position = NULL, updated_at = ? WHERE run_id = ? AND key = ?')
      .run(now, runId, key)
  }

  onboarding(): OnboardingRecord | null {
    return this.settings.get<OnboardingRecord | null>(ONBOARDING, null)
  }

  saveOnboarding(record: OnboardingRecord): void {
    this.settings.set(ONBOARDING, record)
  }
}
