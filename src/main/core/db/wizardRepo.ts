import type { IsoDate } from '@shared/domain/types'
import type { PhaseDates, RunStepInstance, StepRecord, StepState } from '@shared/domain/wizard'
import type { Db } from './open'
import { SettingsRepo } from './settingsRepo'
import { prepared, sql } from './statements'

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

type RunClosure = Pick<StoredRun, 'closureName' | 'start' | 'end' | 'phaseDates'>

function runClosureColumns(
  v: RunClosure,
): Pick<RunRow, 'closure_name' | 'closure_start' | 'closure_end' | 'phase_dates'> {
  return {
    closure_name: v.closureName,
    closure_start: v.start,
    closure_end: v.end,
    phase_dates: JSON.stringify(v.phaseDates),
  }
}

function runRow(r: StoredRun): RunRow {
  return {
    id: r.id,
    closure_id: r.closureId,
    ...runClosureColumns(r),
    carrier_notes: r.carrierNotes,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  }
}

function stepRow(runId: string, s: Omit<StoredStep, 'updatedAt' | 'instanceJson'>, now: string): StepRow {
  return {
    run_id: runId,
    key: s.key,
    position: s.position,
    instance: JSON.stringify(s.instance),
    state: s.state,
    skip_reason: s.skipReason,
    notes: s.notes,
    done_at: s.doneAt,
    auto: s.auto ? 1 : 0,
    updated_at: now,
  }
}

const RUNS = sql<[], RunRow>('SELECT * FROM prep_runs ORDER BY closure_start DESC, created_at DESC')
const RUN = sql<[id: string], RunRow>('SELECT * FROM prep_runs WHERE id = ?')
const LATEST_RUN_OF = sql<[closureId: string], RunRow>(
  'SELECT * FROM prep_runs WHERE closure_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
)
const INSERT_RUN = sql<RunRow>(
  `INSERT INTO prep_runs (id, closure_id, closure_name, closure_start, closure_end, phase_dates,
     carrier_notes, created_at, updated_at)
   VALUES (@id, @closure_id, @closure_name, @closure_start, @closure_end, @phase_dates,
     @carrier_notes, @created_at, @updated_at)`,
)
const UPDATE_RUN_CLOSURE = sql<
  Pick<RunRow, 'id' | 'closure_name' | 'closure_start' | 'closure_end' | 'phase_dates' | 'updated_at'>
>(
  `UPDATE prep_runs SET closure_name = @closure_name, closure_start = @closure_start,
     closure_end = @closure_end, phase_dates = @phase_dates, updated_at = @updated_at
   WHERE id = @id`,
)
const SAVE_CARRIER_NOTES = sql<[notes: string, now: string, id: string]>(
  'UPDATE prep_runs SET carrier_notes = ?, updated_at = ? WHERE id = ?',
)
const TOUCH_RUN = sql<[now: string, id: string]>('UPDATE prep_runs SET updated_at = ? WHERE id = ?')
const STEPS = sql<[runId: string], StepRow>(
  `SELECT * FROM prep_steps WHERE run_id = ?
   ORDER BY position IS NULL, position, key`,
)
const UPSERT_STEP = sql<StepRow>(
  `INSERT INTO prep_steps (run_id, key, position, instance, state, skip_reason, notes, done_at, auto, updated_at)
   VALUES (@run_id, @key, @position, @instance, @state, @skip_reason, @notes, @done_at, @auto, @updated_at)
   ON CONFLICT(run_id, key) DO UPDATE SET position = excluded.position, instance = excluded.instance,
     state = excluded.state, skip_reason = excluded.skip_reason, notes = excluded.notes,
     done_at = excluded.done_at, auto = excluded.auto, updated_at = excluded.updated_at`,
)
const RETIRE_STEP = sql<[now: string, runId: string, key: string]>(
  'UPDATE prep_steps SET position = NULL, updated_at = ? WHERE run_id = ? AND key = ?',
)

export class WizardRepo {
  private readonly settings: SettingsRepo

  constructor(private readonly db: Db) {
    this.settings = new SettingsRepo(db)
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)()
  }

  runs(): StoredRun[] {
    return prepared(this.db, RUNS).all().map(toRun)
  }

  run(id: string): StoredRun | null {
    const row = prepared(this.db, RUN).get(id)
    return row ? toRun(row) : null
  }

  /** The newest run of a closure, or null. */
  latestRunOf(closureId: string): StoredRun | null {
    const row = prepared(this.db, LATEST_RUN_OF).get(closureId)
    return row ? toRun(row) : null
  }

  insertRun(run: StoredRun): void {
    prepared(this.db, INSERT_RUN).run(runRow(run))
  }

  /** The closure's name and dates as they are now (a live run follows its closure). */
  updateRunClosure(id: string, v: RunClosure, now: string) {
    prepared(this.db, UPDATE_RUN_CLOSURE).run({ id, ...runClosureColumns(v), updated_at: now })
  }

  saveCarrierNotes(id: string, notes: string, now: string): void {
    prepared(this.db, SAVE_CARRIER_NOTES).run(notes, now, id)
  }

  touchRun(id: string, now: string): void {
    prepared(this.db, TOUCH_RUN).run(now, id)
  }

  /** Every step of the run, in run order; steps that no longer apply last. */
  steps(runId: string): StoredStep[] {
    return prepared(this.db, STEPS).all(runId).map(toStep)
  }

  upsertStep(runId: string, step: Omit<StoredStep, 'updatedAt' | 'instanceJson'>, now: string): void {
    prepared(this.db, UPSERT_STEP).run(stepRow(runId, step, now))
  }

  /** Marks a step as no longer part of the run (its record is kept). */
  retireStep(runId: string, key: string, now: string): void {
    prepared(this.db, RETIRE_STEP).run(now, runId, key)
  }

  onboarding(): OnboardingRecord | null {
    return this.settings.get<OnboardingRecord | null>(ONBOARDING, null)
  }

  saveOnboarding(record: OnboardingRecord): void {
    this.settings.set(ONBOARDING, record)
  }
}
