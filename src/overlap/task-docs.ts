// What overlap detection compares, per task: its words (titles and descriptions in every language),
// its performance indicators' names by unit, and the structural facts (strategy, goals, effects...).
import type { Plan, Task, Text } from '../model/plan.js';
import { tokenize } from './tokenize.js';
import { lexiconFor, type Lexicon } from './lexicon.js';
import { normUnit } from '../model/units.js';

export interface TaskDoc {
  task: Task;
  goal: string | undefined;
  goals: Set<string>;
  sdgTargets: Set<string>;
  textTokens: string[];
  /** The lexicon groups of kind `group` that the text names: whom the task serves. */
  beneficiaries: Set<string>;
  /** The lexicon groups of kind `activity` that the text names: what the task does. */
  activities: Set<string>;
  /** "indicator change" of each declared effect, target groups and areas, as sets. */
  effects: Set<string>;
  /** The sustainability indicators the declared effects move: what the task is for. */
  outcomes: Set<string>;
  /** The declared target groups and areas, as tags written either way (독거 노인 = 독거노인). */
  groups: Set<string>;
  areas: Set<string>;
  /** The thesaurus groups of people that the declared target groups name (노인 for 어르신, 청년 and 창업자 for 청년 창업자). */
  groupsNamed: Set<string>;
  /** One entry per performance indicator: its unit and the tokens of its names. */
  indicators: Array<{ id: string; unit: string; name: string; tokens: string[]; targets: ReadonlyArray<readonly [number, number]> }>;
}

/** A tag as compared: spaces trimmed and single, none inside Korean (독거 노인 = 독거노인, 송악 읍 = 송악읍). */
const tagKey = (tag: string) =>
  tag
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/([\uac00-\ud7a3]) (?=[\uac00-\ud7a3])/g, '$1');

const allText = (t: Text | undefined) =>
  t
    ? Object.keys(t)
        .sort()
        .map((k) => t[k]!)
        .join(' ')
    : '';

/** What overlap detection reads of a task: its titles and descriptions in every language. */
export const taskText = (task: Task) => `${allText(task.title)} ${allText(task.description)}`;

export function taskDocs(plan: Plan, lex: Lexicon = lexiconFor(plan.synonyms, plan.broader)): TaskDoc[] {
  const groupKind = new Map(lex.names.map((n, g) => [`s:${n}`, lex.kinds[g]]));
  const goalOf = new Map(plan.strategies.map((s) => [s.id, s.goal]));
  const sdg = new Map(plan.goals.map((g) => [g.id, g.sdgTargets]));
  return plan.tasks.map((task) => {
    const goal = goalOf.get(task.strategy);
    const goals = new Set([...(goal ? [goal] : []), ...task.alsoGoals]);
    const textTokens = tokenize(taskText(task), lex);
    return {
      task,
      goal,
      goals,
      sdgTargets: new Set([...goals].flatMap((g) => sdg.get(g) ?? [])),
      textTokens,
      beneficiaries: new Set(textTokens.filter((t) => groupKind.get(t) === 'group').map((t) => t.slice(2))),
      activities: new Set(textTokens.filter((t) => groupKind.get(t) === 'activity').map((t) => t.slice(2))),
      effects: new Set(task.effects.map((e) => `${e.indicator} ${e.change}`)),
      outcomes: new Set(task.effects.map((e) => e.indicator)),
      groups: new Set(task.targetGroups.map(tagKey)),
      areas: new Set(task.areas.map(tagKey)),
      groupsNamed: new Set(
        task.targetGroups
          .flatMap((t) => tokenize(t, lex))
          .filter((t) => groupKind.get(t) === 'group')
          .map((t) => t.slice(2)),
      ),
      indicators: task.indicators.map((i) => ({
        id: i.id,
        unit: normUnit(i.unit),
        name: allText(i.name).toLowerCase().replace(/\s+/g, ' ').trim(),
        tokens: tokenize(allText(i.name), lex),
        targets: i.targets,
      })),
    };
  });
}
