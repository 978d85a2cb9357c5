// The report's data model: everything the biennial evaluation report shows, computed by the
// score, overlap and check modules and gathered here in display order. Pure: plan in, data out.
// Plan text is resolved to the chosen language, with a flag where the default language stood in.
import type { Diagnostic } from '../model/diagnostic.js';
import type { Plan, Text } from '../model/plan.js';
import { localText, type LocalText } from '../model/text.js';
import { historyIndex } from '../score/history.js';
import { coverageByYear, cycleOf, defaultYear, MIN_COVERAGE } from '../score/evaluation-year.js';
import { scorePlan, type GroupScore, type IndicatorScore, type PlanScore } from '../score/score-plan.js';
import { dueList, dueRule } from '../score/due.js';
import { decimalsToExplain, tenthOfPercent } from '../score/explaining-decimals.js';
import { bodyCompositions, type BodyComposition } from '../model/governance-composition.js';
import { findOverlaps, type OverlapPair } from '../overlap/find-overlaps.js';
import { findConflicts, type Conflict } from '../overlap/conflicts.js';
import { coherenceMatrix, type Coherence } from '../overlap/coherence.js';
import { influenceRanking, type InfluenceRanking } from '../overlap/influence.js';
import { SECTION_DUTIES, STATUTE } from './statutory.js';
import { vlrAnnex, type AnnexRow } from './vlr-annex.js';
import type { PreviousReport } from './previous.js';
import { findFragmentation, type Fragmentation } from '../overlap/fragmentation.js';
import { taskDocs } from '../overlap/task-docs.js';
import { normUnit, unitIn } from '../model/units.js';
import { cooperationLists, type Partner } from '../overlap/cooperation.js';
import type { EvaluationRecord, RecordInfo } from '../model/evaluation-record.js';
import { overlayRecorded, recordedScore, recordInfo } from '../score/record-evaluation.js';

export type { LocalText } from '../model/text.js';

interface Figure {
  rate: number | null;
  grade: string | null;
  measured: number;
  targeted: number;
}

interface YearValue {
  year: number;
  target: number | null;
  actual: number | null;
  rate: number | null;
  /**
   * What the cell says (score/due.ts decides what was due): `measured` (an actual), `missing`
   * (due and no actual: 미제출), `not-due` (nothing was owed that year: outside the task's years,
   * no numeric target, not a rated kind, or replaced; shown blank, never as missing).
   */
  state: 'measured' | 'missing' | 'not-due';
  /** Places to show target and actual with: as many as the shown rate needs to follow from them (at least 2). */
  decimals: number;
}

export interface SustainabilityRow {
  id: string;
  goal: string;
  name: LocalText;
  unit: string;
  direction: string;
  baseline: { year: number; value: number } | null;
  targets: Array<{ year: number; value: number }>;
  actuals: Array<{ year: number; value: number }>;
  progress: {
    status: string;
    score: number | null;
    value: number | null;
    manual: { computed: { status: string; score: number | null }; reason: LocalText | null } | null;
  } | null;
  trajectory: { status: string; line: 'path' | 'hold'; year: number; actual: number; expected: number } | null;
  /** 1.1: kind, how it was assessed, and targets written as text (shown, never rated). */
  kind: string;
  assessment: string;
  textTargets: Array<{ year: number; text: LocalText }>;
  provenance: Provenance;
  /** An actual was due in the period (a rated indicator with a numeric target for one of its years) and none came: 미제출. */
  overdue: boolean;
  /** Breakdown tables (1.1): per dimension, each value's series up to the period's end. */
  breakdowns: Breakdown[];
}

interface Provenance {
  source: string | null;
  updateCycle: string | null;
  geography: string;
  proxy: boolean;
  plannedFrom: number | null;
  /** Flagged values: year and flag (estimated, provisional, break). */
  flags: Array<{ year: number; flag: string }>;
}

interface Breakdown {
  dimension: string;
  name: LocalText;
  years: number[];
  rows: Array<{ value: string; cells: Array<number | null> }>;
}

interface TaskRow extends Figure {
  id: string;
  title: LocalText;
  lead: string;
  indicators: Array<Figure & { id: string; name: LocalText; unit: string; method: string | null; weight: number | null; years: YearValue[] }>;
}

interface GoalRow extends Figure {
  id: string;
  title: LocalText;
  sdgTargets: string[];
  strategies: Array<Figure & { id: string; title: LocalText; tasks: TaskRow[] }>;
}

interface TeamRow extends Figure {
  id: string;
  name: LocalText;
  department: string;
  tasks: number;
  cooperation: Partner[];
}

export interface ReportModel {
  plan: {
    id: string;
    /** The plan's first language: plain strings (sources, reasons) are written in it. */
    defaultLang: string;
    title: LocalText;
    vision: LocalText | null;
    revision: number | null;
    adopted: string | null;
    cycleYears: number;
    start: number;
    end: number;
    currency: string;
  };
  lang: string;
  period: { start: number; end: number };
  /** The years of the period, in order. */
  years: number[];
  summary: {
    overall: Figure;
    grades: Array<{ grade: string; tasks: number }>;
    progress: Array<{ status: string; count: number }>;
    behind: Array<{ id: string; title: LocalText; rate: number | null }>;
    /** Set when the evaluation year measures less than half of what was due: the report says so. */
    lowCoverage: { year: number; measured: number; targeted: number } | null;
    /** The period is recorded (evaluations/*.yaml): every figure shown is the record's, and the report says so. */
    recorded: RecordInfo | null;
  };
  sustainability: SustainabilityRow[];
  goals: GoalRow[];
  teams: TeamRow[];
  departments: Array<Figure & { id: string; name: LocalText; tasks: number }>;
  funding: {
    years: number[];
    byGoal: Array<{ id: string; title: LocalText; amounts: number[]; total: number }>;
    byTeam: Array<{ id: string; name: LocalText; amounts: number[]; total: number }>;
    totals: number[];
    total: number;
  };
  /** `--annex vlr`: one row per sustainability indicator, or null. */
  annex: AnnexRow[] | null;
  /** `--previous REV`: what moved since the previous report, or null. */
  previous: PreviousReport | null;
  /** Per section, the duties of the Framework Act on Sustainable Development it answers. */
  statutory: { statute: LocalText; sections: Array<{ section: string; duties: Array<{ article: LocalText; duty: LocalText }> }> };
  coherence: {
    threshold: number;
    pairs: OverlapPair[];
    conflicts: Conflict[];
    matrix: Coherence;
    ranking: InfluenceRanking;
    fragmentation: Fragmentation[];
    scored: boolean;
  };
  dataQuality: {
    due: Array<{ year: number; teams: Array<{ team: string; indicators: Array<{ id: string; task: string; target: number; state: string }> }> }>;
    warnings: Diagnostic[];
    /** Future indicators (1.1): not measured yet, never missing data; when each is planned to start. */
    future: Array<{ id: string; name: LocalText; plannedFrom: number | null }>;
    /** Provenance of every sustainability indicator: source, cycle, geography, proxy, flags. */
    provenance: Array<{ id: string; name: LocalText } & Provenance>;
    /** "Leave no one behind": per indicator, the breakdowns it should report and those it has. */
    lnob: Array<{ id: string; name: LocalText; expected: LocalText[]; available: LocalText[]; missing: LocalText[] }>;
  };
  governance: { maxGenderShare: number | null; bodies: Array<BodyComposition & { name: LocalText }> };
  /** Names of teams and departments, so a reader sees names where the plan writes IDs. */
  names: {
    teams: Array<{ id: string; name: LocalText }>;
    departments: Array<{ id: string; name: LocalText }>;
    tasks: Array<{ id: string; name: LocalText }>;
    goals: Array<{ id: string; name: LocalText }>;
    /** Every unit as overlap detection compares it (lower case), with the unit as written. */
    units: Array<{ id: string; name: LocalText }>;
    /** The indicators that conflicts name, with their units as written. */
    indicators: Array<{ id: string; name: LocalText; unit: LocalText }>;
  };
  method: {
    method: string;
    decreaseRatio: string;
    cap: number;
    weights: string;
    grades: Array<{ grade: string; min: number }>;
    quota: Array<{ grade: string; share: number }> | null;
    withTarget: { high: number; med: number; low: number };
    withoutTarget: { high: number; med: number; low: number };
  };
}

const PROGRESS_STATUSES = ['target_achieved', 'substantial_progress', 'moderate_progress', 'limited_progress', 'deterioration', 'not_available'] as const;

export interface ReportOptions {
  lang: string;
  /** Inclusive years; default: the last complete cycle ending with the latest year with actuals. */
  period?: { start: number; end: number };
  /** Warnings and infos of validation, shown under data quality. */
  diagnostics: Diagnostic[];
  /** `--annex vlr`: the statistical annex of a Voluntary Local Review. */
  annex?: 'vlr';
  /** `--previous REV`: the change since the previous report. */
  previous?: PreviousReport;
  /** The record of this period: its figures are shown in place of a computation. */
  recorded?: EvaluationRecord;
}

/** The year's coverage when it is below half of what was due (or nothing was due), else null. */
function lowCoverageOf(plan: Plan, year: number): ReportModel['summary']['lowCoverage'] {
  const c = coverageByYear(plan).get(year) ?? { measured: 0, targeted: 0 };
  return c.targeted === 0 || c.measured / c.targeted < MIN_COVERAGE ? { year, ...c } : null;
}

/** The evaluation cycle (from period.start in steps of cycle_years) up to the default evaluation year. */
export function defaultPeriod(plan: Plan): { start: number; end: number } {
  return cycleOf(plan, defaultYear(plan)?.year ?? plan.period.start);
}

const figure = (g: { rate: number | null; grade: string | null; coverage: { measured: number; targeted: number } }): Figure => ({
  rate: g.rate,
  grade: g.grade,
  measured: g.coverage.measured,
  targeted: g.coverage.targeted,
});

export function buildReport(plan: Plan, options: ReportOptions): ReportModel {
  const lang = options.lang;
  const def = plan.languages[0] ?? lang;
  const T = (t: Text | undefined): LocalText => localText(t, lang, def);
  const period = options.period ?? defaultPeriod(plan);
  const years: number[] = [];
  for (let y = period.start; y <= period.end; y++) years.push(y);
  const rec = options.recorded;
  const scoreOf = (y: number): PlanScore => {
    const hit = rec?.years.find((r) => r.year === y);
    return rec && hit ? overlayRecorded(scorePlan(plan, y), recordedScore(rec, hit, plan)) : scorePlan(plan, y);
  };
  const scores = new Map<number, PlanScore>(years.map((y) => [y, scoreOf(y)]));
  const final = scores.get(period.end)!;
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
  const finalInd = byId(final.indicators);
  const finalTask = byId(final.groups.task);
  const finalStrategy = byId(final.groups.strategy);
  const finalGoal = byId(final.groups.goal);
  const actuals = historyIndex(plan);
  const due = dueRule(plan);
  const yearInd = new Map(years.map((y) => [y, byId(scores.get(y)!.indicators)]));

  // 1. summary
  const gradeOrder = [...plan.evaluation.grades].sort((a, b) => b.min - a.min).map((g) => g.grade);
  const gradeCounts = gradeOrder.map((grade) => ({ grade, tasks: final.groups.task.filter((t) => t.grade === grade).length }));
  const siScores = final.indicators.filter((i) => i.scope === 'sustainability');
  const progressCounts = PROGRESS_STATUSES.map((status) => ({ status, count: siScores.filter((i) => i.progress?.status === status).length }));
  // a goal at or above its targets (100%) is not behind, however it ranks
  const behind = [...final.groups.goal]
    .filter((g) => g.rate !== null && g.rate < 1)
    .sort((a, b) => a.rate! - b.rate! || (a.id < b.id ? -1 : 1))
    .slice(0, 3)
    .map((g) => ({ id: g.id, title: T(g.name), rate: g.rate }));

  // 2. sustainability indicators
  const dimById = new Map(plan.dimensions.map((d) => [d.id, d]));
  const dimName = (id: string): LocalText => T(dimById.get(id)?.name ?? { [plan.languages[0] ?? 'en']: id });
  const flagsOf = (id: string) =>
    plan.actuals
      .filter((a) => a.indicator === id && a.flag !== undefined && Object.keys(a.breakdown).length === 0 && a.year <= period.end)
      .map((a) => ({ year: a.year, flag: a.flag! }))
      .sort((x, y) => x.year - y.year || (x.flag < y.flag ? -1 : 1));
  const provenanceOf = (si: Plan['indicators'][number]): Provenance => ({
    source: si.source ?? null,
    updateCycle: si.updateCycle ?? null,
    geography: si.geography ?? 'city',
    proxy: si.proxy === true,
    plannedFrom: si.plannedFrom ?? null,
    flags: flagsOf(si.id),
  });
  const breakdownsOf = (id: string): Breakdown[] => {
    const rows = plan.actuals.filter((a) => a.indicator === id && a.value !== null && a.year <= period.end && Object.keys(a.breakdown).length === 1);
    const dims = [...new Set(rows.map((a) => Object.keys(a.breakdown)[0]!))].sort();
    return dims.map((dimension) => {
      const mine = rows.filter((a) => dimension in a.breakdown);
      const yrs = [...new Set(mine.map((a) => a.year))].sort((x, y) => x - y);
      const declared = dimById.get(dimension)?.values ?? [];
      const values = [...new Set(mine.map((a) => a.breakdown[dimension]!))].sort((x, y) => declared.indexOf(x) - declared.indexOf(y) || (x < y ? -1 : 1));
      return {
        dimension,
        name: dimName(dimension),
        years: yrs,
        rows: values.map((value) => ({ value, cells: yrs.map((y) => mine.find((a) => a.year === y && a.breakdown[dimension] === value)?.value ?? null) })),
      };
    });
  };
  const sustainability: SustainabilityRow[] = plan.indicators
    .map((si) => {
      const s = finalInd.get(si.id) as IndicatorScore;
      const series = [...(actuals.get(si.id) ?? new Map<number, number | null>())]
        .filter((e): e is [number, number] => e[1] !== null && e[0] <= period.end)
        .sort((a, b) => a[0] - b[0])
        .map(([year, value]) => ({ year, value }));
      const p = s.progress;
      return {
        id: si.id,
        goal: si.goal,
        name: T(si.name),
        unit: unitIn(si, lang, def).text,
        direction: si.direction,
        baseline: si.baseline ?? null,
        targets: si.targets.map(([year, value]) => ({ year, value })),
        actuals: series,
        progress: p
          ? {
              status: p.status,
              score: p.score,
              value: p.value,
              manual: p.manual
                ? { computed: { status: p.manual.computed.status, score: p.manual.computed.score }, reason: p.manual.reason ? T(p.manual.reason) : null }
                : null,
            }
          : null,
        trajectory: s.trajectory,
        kind: si.kind,
        assessment: s.assessment,
        textTargets: si.textTargets.map(([year, text]) => ({ year, text: T(text) })),
        provenance: provenanceOf(si),
        breakdowns: breakdownsOf(si.id),
        overdue: years.some((y) => due(si.id, y) !== undefined && !series.some((a) => a.year === y)),
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));

  // 3. implementation
  const taskById = byId(plan.tasks);
  const taskRow = (id: string): TaskRow => {
    const task = taskById.get(id)!;
    return {
      id,
      title: T(task.title),
      lead: task.lead,
      ...figure(finalTask.get(id)!),
      indicators: task.indicators.map((pi) => ({
        id: pi.id,
        name: T(pi.name),
        unit: unitIn(pi, lang, def).text,
        ...figure(finalInd.get(pi.id)!),
        method: finalInd.get(pi.id)!.method,
        weight: pi.weight,
        years: years.map((y) => {
          const s = yearInd.get(y)!.get(pi.id)!;
          const state = s.actual !== null ? ('measured' as const) : due(pi.id, y) !== undefined ? ('missing' as const) : ('not-due' as const);
          const decimals = decimalsToExplain(s.formula, s.rate, pi.direction === 'milestone' ? 1 : plan.evaluation.cap, 2, tenthOfPercent, [
            s.baseline?.value,
            s.target,
            s.actual,
          ]);
          return { year: y, target: s.target, actual: s.actual, rate: s.rate, state, decimals };
        }),
      })),
    };
  };
  const tasksByStrategy = new Map<string, Plan['tasks']>();
  for (const t of plan.tasks) tasksByStrategy.set(t.strategy, [...(tasksByStrategy.get(t.strategy) ?? []), t]);
  const goals: GoalRow[] = plan.goals.map((g) => ({
    id: g.id,
    title: T(g.title),
    sdgTargets: g.sdgTargets,
    ...figure(finalGoal.get(g.id)!),
    strategies: g.strategies.map((s) => ({
      id: s.id,
      title: T(s.title),
      ...figure(finalStrategy.get(s.id)!),
      tasks: (tasksByStrategy.get(s.id) ?? [])
        .map((t) => t.id)
        .sort()
        .map(taskRow),
    })),
  }));

  // 4. teams and departments
  const coop = new Map(cooperationLists(plan).map((l) => [l.team, l.partners]));
  const teamById = byId(plan.teams);
  const teams: TeamRow[] = final.groups.team.map((g: GroupScore) => {
    const team = teamById.get(g.id)!;
    return { id: g.id, name: T(team.name), department: team.department, tasks: g.parts.length, ...figure(g), cooperation: coop.get(g.id) ?? [] };
  });
  const departments = final.groups.department.map((g) => ({ id: g.id, name: T(g.name), tasks: g.parts.length, ...figure(g) }));

  // 5. funding
  const fundYears = [...new Set(plan.tasks.flatMap((t) => t.budget.map(([y]) => y)))].sort((a, b) => a - b);
  const goalOf = new Map(plan.strategies.map((s) => [s.id, s.goal]));
  const sumBy = (pick: (t: Plan['tasks'][number]) => boolean) =>
    fundYears.map((y) => plan.tasks.filter(pick).reduce((s, t) => s + (t.budget.find(([by]) => by === y)?.[1] ?? 0), 0));
  const byGoal = plan.goals.map((g) => {
    const amounts = sumBy((t) => goalOf.get(t.strategy) === g.id);
    return { id: g.id, title: T(g.title), amounts, total: amounts.reduce((a, b) => a + b, 0) };
  });
  const byTeam = plan.teams
    .map((tm) => {
      const amounts = sumBy((t) => t.lead === tm.id);
      return { id: tm.id, name: T(tm.name), amounts, total: amounts.reduce((a, b) => a + b, 0) };
    })
    .filter((t) => t.total > 0);
  const totals = sumBy(() => true);

  // 6. coherence, 7. data quality, 8. governance
  const threshold = plan.overlapThreshold;
  const docs = taskDocs(plan);
  const matrix = coherenceMatrix(plan);
  const conflicts = findConflicts(plan, docs);
  const allIndicators = [...plan.indicators, ...plan.tasks.flatMap((t) => t.indicators)];
  const conflictIndicators = new Set(
    conflicts.flatMap((c) => [...(c.indicator ? [c.indicator] : []), ...(c.kind === 'inconsistent-targets' ? [String(c.detail.a), String(c.detail.b)] : [])]),
  );
  const dueByYear = years.map((year) => {
    const items = dueList(plan, year);
    const teamsDue = [...new Set(items.map((i) => i.team))].map((team) => ({
      team,
      indicators: items.filter((i) => i.team === team).map((i) => ({ id: i.indicator, task: i.task, target: i.target, state: i.state })),
    }));
    return { year, teams: teamsDue };
  });
  const bodies = plan.governance ? bodyCompositions(plan.governance).map((c, i) => ({ ...c, name: T(plan.governance!.bodies[i]!.name) })) : [];

  /** The dimensions an indicator's measured actuals break down by. */
  const breakdownsIn = (id: string) => new Set(plan.actuals.filter((a) => a.indicator === id && a.value !== null).flatMap((a) => Object.keys(a.breakdown)));
  const annex =
    options.annex === 'vlr'
      ? vlrAnnex(sustainability, {
          sdgTargetsOf: (goal) => plan.goals.find((g) => g.id === goal)?.sdgTargets ?? [],
          sdgIndicatorOf: (id) => plan.indicators.find((i) => i.id === id)?.sdgIndicator ?? null,
          managedByOf: (id) =>
            (plan.indicators.find((i) => i.id === id)?.managedBy ?? []).map((d) => T(plan.departments.find((x) => x.id === d)?.name ?? { [def]: d })),
          breakdownsOf: (id) => {
            const i = plan.indicators.find((x) => x.id === id);
            const have = breakdownsIn(id);
            return { expected: (i?.disaggregation ?? []).map(dimName), available: [...have].sort().map(dimName) };
          },
          previousStatusOf: (id) => options.previous?.statuses.find((x) => x.id === id)?.status ?? null,
        })
      : null;
  const ev = plan.evaluation;
  return {
    plan: {
      id: plan.id,
      defaultLang: def,
      title: T(plan.title),
      vision: plan.vision ? T(plan.vision) : null,
      revision: plan.revision?.number ?? null,
      adopted: plan.revision?.adopted ?? null,
      cycleYears: plan.revision?.cycleYears ?? 2,
      start: plan.period.start,
      end: plan.period.end,
      currency: plan.currency ?? '',
    },
    lang,
    period,
    years,
    summary: {
      overall: figure(final.groups.plan[0]!),
      grades: gradeCounts,
      progress: progressCounts,
      behind,
      lowCoverage: lowCoverageOf(plan, period.end),
      recorded: rec ? recordInfo(rec) : null,
    },
    sustainability,
    goals,
    teams,
    departments,
    funding: { years: fundYears, byGoal, byTeam, totals, total: totals.reduce((a, b) => a + b, 0) },
    annex,
    previous: options.previous ?? null,
    statutory: {
      statute: T(STATUTE),
      sections: Object.entries(SECTION_DUTIES).map(([section, duties]) => ({
        section,
        duties: duties.map((d) => ({ article: T(d.article), duty: T(d.duty) })),
      })),
    },
    coherence: {
      threshold,
      pairs: findOverlaps(plan, { threshold, docs }),
      conflicts,
      matrix,
      ranking: influenceRanking(matrix),
      fragmentation: findFragmentation(plan, docs),
      scored: plan.interactions.length > 0,
    },
    dataQuality: {
      due: dueByYear,
      warnings: options.diagnostics.filter((d) => d.severity !== 'error'),
      future: [...plan.indicators, ...plan.tasks.flatMap((t) => t.indicators)]
        .filter((i) => i.kind === 'future')
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((i) => ({ id: i.id, name: T(i.name), plannedFrom: i.plannedFrom ?? null })),
      provenance: sustainability.map((r) => ({ id: r.id, name: r.name, ...r.provenance })),
      lnob: [...plan.indicators, ...plan.tasks.flatMap((t) => t.indicators)]
        .map((i) => {
          const have = breakdownsIn(i.id);
          const all = [...new Set([...i.disaggregation, ...have])].sort();
          return { i, all, have };
        })
        .filter((x) => x.all.length > 0)
        .sort((a, b) => (a.i.id < b.i.id ? -1 : 1))
        .map(({ i, have }) => ({
          id: i.id,
          name: T(i.name),
          expected: i.disaggregation.map(dimName),
          available: [...have].sort().map(dimName),
          missing: i.disaggregation.filter((d) => !have.has(d)).map(dimName),
        })),
    },
    governance: { maxGenderShare: plan.governance?.maxGenderShare ?? null, bodies },
    names: {
      teams: [...plan.teams].sort((a, b) => (a.id < b.id ? -1 : 1)).map((t) => ({ id: t.id, name: T(t.name) })),
      departments: [...plan.departments].sort((a, b) => (a.id < b.id ? -1 : 1)).map((d) => ({ id: d.id, name: T(d.name) })),
      tasks: [...plan.tasks].sort((a, b) => (a.id < b.id ? -1 : 1)).map((t) => ({ id: t.id, name: T(t.title) })),
      goals: plan.goals.map((g) => ({ id: g.id, name: T(g.title) })),
      // units as overlap detection compares them (conflicts name them so), in the report's language
      units: [...new Map([...allIndicators].reverse().map((i) => [normUnit(i.unit), unitIn(i, lang, def)] as const))]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, name]) => ({ id, name })),
      indicators: allIndicators
        .filter((i) => conflictIndicators.has(i.id))
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((i) => ({ id: i.id, name: T(i.name), unit: unitIn(i, lang, def) })),
    },
    method: {
      method: ev.method,
      decreaseRatio: ev.decreaseRatio,
      cap: ev.cap,
      weights: ev.weights,
      grades: [...ev.grades].sort((a, b) => b.min - a.min),
      quota: ev.quota ? Object.entries(ev.quota).map(([grade, share]) => ({ grade, share })) : null,
      withTarget: ev.thresholds.withTarget,
      withoutTarget: ev.thresholds.withoutTarget,
    },
  };
}
