// The words of every finding, made from its rule ID and arguments. Keyed by RuleId, so the
// compiler refuses a rule without a message.
import type { DiagArgs, Diagnostic } from '../model/diagnostic.js';
import type { RuleId } from '../model/rule-ids.js';
import { MESSAGES_KO } from './messages-ko.js';
import { causesText, LEVEL_WORDS } from './change-causes.js';

type Msg = (a: DiagArgs) => string;

/** csv-parse's error codes, in words. */
const CSV_REASON_EN: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is never closed (a missing ")',
  CSV_INVALID_CLOSING_QUOTE: 'a quote inside a cell is not doubled ("")',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text follows the closing quote of a cell',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'it has a different number of cells than the header',
  CSV_RECORD_INCONSISTENT_COLUMNS: 'it has a different number of cells than the header',
  CSV_MAX_RECORD_SIZE: 'the row is too long',
};

const mean = (a: DiagArgs) =>
  a.suggestion === undefined
    ? ''
    : a.continuedBy !== undefined
      ? ` Did you mean ${a.suggestion} (continued by ${a.continuedBy})?`
      : ` Did you mean ${a.suggestion}?`;
const pct = (x: string | number | undefined) => `${Math.round(Number(x) * 1000) / 10}%`;
const signed = (x: string | number | undefined) => (Number(x) > 0 ? `+${Number(x)}` : `${Number(x)}`);
const other = (a: DiagArgs) => (a.otherFile !== undefined ? ` (first at ${a.otherFile}:${a.otherLine})` : '');

/** The key a fix is written under: `value` of `baseline.value`, `2018` of `budget.2018`. */
const lastKey = (field: string | number | undefined) => String(field).split('.').pop();

const SCHEMA_PROBLEMS: Record<string, Msg> = {
  key: (a) => `The key "${a.value}" is not allowed here (years must be 4-digit numbers, languages codes such as ko or en).`,
  pattern: (a) => `The value "${a.value}" is badly formed for this field (see the format of IDs and codes).`,
  enum: (a) => `The value "${a.value}" is not one of the choices: ${a.allowed}.`,
  minimum: (a) => `The value ${a.value} is below the lowest allowed, ${a.limit}.`,
  maximum: (a) => `The value ${a.value} is above the highest allowed, ${a.limit}.`,
  exclusiveMinimum: (a) => `The value ${a.value} must be above ${a.limit}.`,
  exclusiveMaximum: (a) => `The value ${a.value} must be below ${a.limit}.`,
  format: (a) => `The value "${a.value}" is not a valid ${a.format} (dates are written YYYY-MM-DD).`,
  unique: (a) => `Items ${Number(a.j) + 1} and ${Number(a.i) + 1} of this list are the same; each may appear once.`,
  minItems: (a) => `This list needs at least ${a.limit} item(s).`,
  maxItems: (a) => `This list may hold at most ${a.limit} item(s).`,
  minLength: () => `This text must not be empty.`,
  maxLength: (a) => `This text is longer than ${a.limit} characters.`,
  minProperties: () => `This map must not be empty.`,
};

const MESSAGES: Record<RuleId, Msg> = {
  'file/unreadable': (a) =>
    a.reason === 'not-a-file' ? 'This is not a regular file (a pipe, a socket or a device); it was not read.' : `The file cannot be read (${a.reason}).`,
  'file/plan-too-large': (a) =>
    `The ${a.files} files of the plan are ${a.size} bytes together, over the limit of ${a.limit} bytes for a plan; none was read. The largest is ${a.largest} (${a.largestSize} bytes).`,
  'file/outside-plan': (a) => `The file is a link to ${a.target}, outside the plan folder; it was not read.`,
  'file/empty': (a) =>
    a.problem === 'empty'
      ? `The file is empty: it needs a \`${a.key}:\` ${a.key === 'sdplan' ? 'key (sdplan: 1, id, title, period, languages)' : 'list'}.`
      : `The file's top level must be a map with a \`${a.key}:\` key, not a list or a single value.`,
  'check/held-back': (a) =>
    `Cross-file rules (references, targets, actuals, governance) were not run because ${a.files} cannot be used; fix ${Number(a.count) > 1 ? 'those files' : 'that file'} first.`,
  'file/too-large': (a) => `The file is ${a.size} bytes, over the limit of ${a.limit} bytes; it was not read.`,
  'file/encoding': (a) =>
    a.problem === 'not-utf8'
      ? `The file is not valid UTF-8 (first bad byte at offset ${a.byte}). Save it as UTF-8.`
      : a.problem === 'not-utf8-or-cp949'
        ? `The file is neither UTF-8 nor CP949 (EUC-KR) (first bad byte at offset ${a.byte}). Save it as "CSV UTF-8" in Excel.`
        : `The file holds the control character ${a.char}, which has no place in a plan. Remove it.`,
  'file/merge-conflict': () => `The file still holds git merge-conflict markers (<<<<<<<, =======, >>>>>>>). Resolve the conflict first.`,
  'layout/missing-file': (a) => `The plan folder has no ${a.file}, which every plan needs.`,
  'yaml/syntax': (a) => (a.reason === 'tab-indent' ? `A tab is used for indentation; YAML allows only spaces.` : `The YAML cannot be read: ${a.reason}.`),
  'yaml/duplicate-key': (a) => `The key "${a.key}" appears twice in the same mapping; one of the values would be lost.`,
  'yaml/unknown-tag': (a) => `The tag ${a.tag} is not known; plan files use plain values only.`,
  'yaml/alias-limit': (a) => `The file uses more aliases than allowed (limit ${a.limit} aliases, ${a.expansion} expanded nodes); it was not read.`,
  'yaml/thousands-separator': (a) =>
    Number(a.quoted)
      ? `In a {...} map a comma separates entries, so YAML cut ${a.written} in two. Put the text in quotes: ${a.fix}.`
      : `In a {...} map a comma separates entries, so YAML reads ${a.written} as two entries. Write ${a.fix}, without the thousands separator.`,
  'schema/unknown-field': (a) => `The field "${a.field}" is not part of the format.${mean(a)}`,
  'schema/missing-field': (a) => `The required field "${a.field}" is missing${a.with !== undefined ? ` (it goes with "${a.with}")` : ''}.`,
  'schema/wrong-type': (a) =>
    (a.expected === 'text'
      ? `Expected a text (a string, or a map such as {ko: ..., en: ...}) but found a ${a.actual}.`
      : `Expected a ${a.expected} but found a ${a.actual}.`) + (a.example !== undefined ? ` Write it like this: ${a.example}` : ''),
  'schema/invalid-value': (a) => (SCHEMA_PROBLEMS[String(a.problem)] ?? (() => `The value breaks the ${a.problem} constraint.`))(a),
  'value/number-as-text': (a) =>
    a.problem === 'unclear'
      ? `${a.field} is "${a.value}", text where a number belongs; a comma separates thousands (1,800) and a point marks the decimals (1.5). Write the number you mean.`
      : `${a.field} is "${a.value}", text where a number belongs. Write the number alone: ${lastKey(a.field)}: ${a.fix}${a.unit !== undefined ? ` (the unit, ${a.unit}, is not part of the value)` : ''}.`,
  'value/not-finite': (a) =>
    a.problem === 'nan'
      ? `${a.value} is YAML for "not a number", which no rate, sum or average can use. Write the number, or leave the entry out if there is none.`
      : a.problem === 'infinite'
        ? `${a.value} is YAML for infinity, which no rate, sum or average can use. Write a finite number.`
        : `${a.value} is beyond the largest number that can be held (about 1.8e308) and would be read as infinity. Check the digits.`,
  'id/duplicate': (a) =>
    `The ID ${a.id} (${a.kind}) is already used by a ${a.otherKind}${other(a)}; IDs must be unique across goals, strategies, tasks and indicators.`,
  'ref/unknown-strategy': (a) => `Task ${a.task} names strategy ${a.strategy}, which goals.yaml does not define.${mean(a)}`,
  'ref/unknown-goal': (a) => `${a.owner} names goal ${a.goal}, which goals.yaml does not define.${mean(a)}`,
  'ref/unknown-team': (a) => `Task ${a.task} names ${a.role} team ${a.team}, which plan.yaml's organization does not define.${mean(a)}`,
  'ref/unknown-department': (a) =>
    `Indicator ${a.indicator} names managing department ${a.department}, which plan.yaml's organization does not define.${mean(a)}`,
  'ref/unknown-indicator': (a) => `Task ${a.task} declares an effect on ${a.indicator}, which indicators.yaml does not define.${mean(a)}`,
  'ref/unknown-body': (a) => `${a.owner} names the body ${a.body}, which governance.yaml does not define.${mean(a)}`,
  'ref/unknown-task': (a) => `The accepted overlap names task ${a.task}, which the plan does not define.${mean(a)}`,
  'period/outside-plan': (a) =>
    a.problem === 'reversed'
      ? `Task ${a.task} ends (${a.end}) before it starts (${a.start}).`
      : `Task ${a.task} runs ${a.start}-${a.end}, outside the plan period ${a.planStart}-${a.planEnd}.`,
  'target/outside-period': (a) => `Indicator ${a.indicator} has a target for ${a.year}, outside the period of task ${a.task} (${a.start}-${a.end}).`,
  'target/against-direction': (a) =>
    `Indicator ${a.indicator} should ${a.direction === 'decrease' ? 'decrease' : 'increase'}, but ${Number(a.count) > 1 ? `${a.count} of its targets (${a.years}) lie` : `its ${a.year} target (${a.target}) lies`} on the other side of its baseline (${a.baseline}). ` +
    `Either it is a hold-the-line target (the baseline already meets it, and it is met while the value stays on its side), or the direction or a target was written the wrong way. Scoring goes on.`,
  'target/number-as-text': (a) =>
    a.problem === 'unclear'
      ? `The ${a.year} target of ${a.indicator} is "${a.value}", text that would never be rated; a comma separates thousands (1,800) and a point marks the decimals (1.5). Write the number you mean.`
      : `The ${a.year} target of ${a.indicator} is "${a.value}", a number written as text: it would never be rated, and the indicator would drop out of every average. Write the number alone: ${a.year}: ${a.fix}` +
        (a.writtenUnit !== undefined ? ` (the text says ${a.writtenUnit}, but the indicator's unit is ${a.unit}: check the figure)` : '') +
        (a.qualifier === undefined
          ? ''
          : a.against !== undefined
            ? ` (but "${a.qualifier}" bounds it from the other side than its direction, ${a.direction}: check the direction)`
            : ` (its direction, ${a.direction}, already says which side is better)`) +
        '.',
  'unit/missing': (a) => `Indicator ${a.indicator} is quantitative but has no unit; give its unit, or its kind (qualitative, monitoring or future).`,
  'ref/unknown-dimension': (a) => `Indicator ${a.indicator} should be broken down by ${a.dimension}, which plan.yaml's dimensions do not define.${mean(a)}`,
  'weights/no-budget': (a) =>
    `Task ${a.task} has no budget for ${a.years}; under evaluation.weights: budget it is weighed by the mean budget of that year's budgeted tasks. Give its budget.`,
  'target/missing-final': (a) => `Indicator ${a.indicator} has no target for ${a.year}, the last year of task ${a.task}.`,
  'baseline/after-target': (a) => `Indicator ${a.indicator} has its baseline in ${a.baselineYear}, after its first target year ${a.targetYear}.`,
  'task/no-indicator': (a) => `Task ${a.task} has no performance indicator, so it cannot be evaluated.`,
  'weight/invalid': (a) => `Indicator ${a.indicator} has weight ${a.weight}; a weight must be a number above 0.`,
  'sdg/unknown-target': (a) => `Goal ${a.goal} names SDG target ${a.target}, which the UN catalogue does not have.`,
  'sdg/unknown-indicator': (a) => `Indicator ${a.indicator} names SDG indicator ${a.code}, which the UN catalogue does not have.`,
  'i18n/missing-translation': (a) => `The ${a.field} of ${a.owner} has no ${a.languages} text.`,
  'i18n/unknown-language': (a) => `The text of ${a.owner} is given in "${a.language}", which is not among the plan's languages (${a.languages}).`,
  'goal/no-task': (a) => `No task serves goal ${a.goal}.`,
  'strategy/no-task': (a) => `No task implements strategy ${a.strategy}.`,
  'team/no-task': (a) => `Team ${a.team} leads no task.`,
  'governance/gender-share': (a) =>
    `In ${a.body}, ${a.count} of ${a.total} members (${pct(a.share)}) are ${a.gender}, above the policy's maximum of ${pct(a.max)}.`,
  'governance/external-share': (a) =>
    `In ${a.body}, ${a.external} of ${a.total} members (${pct(a.share)}) are external, below the policy's minimum of ${pct(a.min)}.`,
  'actuals/syntax': (a) =>
    a.reason === 'empty'
      ? `The file is empty: a header row indicator,year,value is required.`
      : a.reason === 'missing-columns'
        ? `The header row lacks the column(s) ${a.columns}; it needs at least indicator,year,value.`
        : `Row ${a.row} cannot be read: ${CSV_REASON_EN[String(a.reason)] ?? `malformed CSV (${a.reason})`}.`,
  'actuals/unknown-indicator': (a) => `Row ${a.row} names indicator ${a.indicator}, which the plan does not define.${mean(a)}`,
  'actuals/replaced-history': (a) =>
    `Row ${a.row} reports ${a.indicator}, an indicator of task ${a.task}, which ${a.replacedBy} replaced; no indicator continues it (add it to an indicator's \`replaces\` to count it). Kept as history.`,
  'actuals/bad-value': (a) =>
    a.field === 'indicator'
      ? `Row ${a.row} has no indicator ID.`
      : a.field === 'year'
        ? `Row ${a.row} has year "${a.value}"; a year is a 4-digit number from 1900 to 2200.`
        : `Row ${a.row} has value "${a.value}", which is not a number (write 1234.5, without thousands separators or units; leave it empty if not measured).`,
  'interactions/syntax': (a) =>
    a.reason === 'empty'
      ? `The file is empty: a header row from,to,score,confidence,note,scored_by is required.`
      : a.reason === 'missing-columns'
        ? `The header row lacks the column(s) ${a.columns}; it needs at least from,to,score.`
        : `Row ${a.row} cannot be read: ${CSV_REASON_EN[String(a.reason)] ?? `malformed CSV (${a.reason})`}.`,
  'interactions/bad-value': (a) =>
    a.field === 'score'
      ? `Row ${a.row} has score "${a.value}"; a score is a whole number from -3 (cancelling) to +3 (indivisible).`
      : a.field === 'confidence'
        ? `Row ${a.row} has confidence "${a.value}"; use low, medium or high, or leave it empty.`
        : `Row ${a.row} has no ${a.field} ID.`,
  'interactions/unknown-id': (a) => `Row ${a.row}: ${a.field} ${a.id} is not a goal, strategy, task or sustainability indicator of the plan.${mean(a)}`,
  'interactions/direction': (a) =>
    a.problem === 'self'
      ? `Row ${a.row} scores ${a.id} acting on itself.`
      : `Row ${a.row} scores sustainability indicator ${a.id} acting on ${a.to}; indicators are acted on: write the goal, strategy or task that acts in from.`,
  'interactions/duplicate': (a) => `Row ${a.row} scores ${a.from} -> ${a.to} again (row ${a.otherRow} scores it ${a.otherScore}); keep one row per pair.`,
  'interactions/unknown-body': (a) => `Row ${a.row} is scored by ${a.body}, which governance.yaml does not define.${mean(a)}`,
  'interactions/contradicts-effects': (a) =>
    `Row ${a.row} scores ${a.from} -> ${a.to} ${signed(a.score)}, but the declared effects of ${a.tasks} ${a.effect === 'hurts' ? 'work against' : 'help'} ${a.indicators}.`,
  'actuals/year-outside-plan': (a) => `Row ${a.row} reports ${a.indicator} for ${a.year}, outside the plan period ${a.start}-${a.end}.`,
  'actuals/unknown-column': (a) =>
    a.onImport === 'yes'
      ? `The column ${a.column} is neither one sdplan reads nor a dimension of plan.yaml; importing would lose its values.${mean(a)} Delete the column, add it to the dimensions of plan.yaml, or import without its values with --rule actuals/unknown-column=warning.`
      : `The column ${a.column} is neither one sdplan reads nor a dimension of plan.yaml; its values are ignored.${mean(a)}`,
  'actuals/unknown-breakdown': (a) =>
    `Row ${a.row} gives ${a.indicator} a breakdown ${a.dimension}=${a.value}; plan.yaml allows ${a.allowed || 'no values'} for ${a.dimension}.`,
  'actuals/missing-total': (a) =>
    `${a.indicator} has breakdown rows for ${a.year} (from row ${a.row}) but no total row; rates and progress use the total, so ${a.year} counts as not measured.`,
  'actuals/implausible': (a) =>
    `Row ${a.row}: ${a.indicator} ${a.year} = ${a.value} ` +
    (a.problem === 'percent'
      ? 'is a percentage outside 0..100.'
      : a.problem === 'negative-count'
        ? 'is a negative count.'
        : a.problem === 'after-task'
          ? `comes after its task ended (${a.end}).`
          : `is more than ten times ${Number(a.value) > Number(a.previous) ? 'above' : 'below'} ${a.previousYear}'s ${a.previous}.`) +
    ' Check the figure.',
  'actuals/merge-conflict': (a) =>
    `${a.continuing} continues both ${a.otherIndicator} and ${a.indicator}, and both give a value for ${a.year}: ${a.otherIndicator} ${a.otherValue} (${a.otherFile} row ${a.otherRow}), ${a.indicator} ${a.value} (row ${a.row}). Say how they make one with \`combine: sum\`, \`mean\` or \`last\` on ${a.continuing}, or remove one; the year has no value until then.`,
  'actuals/merge-partial': (a) =>
    `${a.indicator} sums the indicators it continues (combine: sum), but for ${a.year} it has a value from ${a.given} and none from ${a.missing}: ${a.year} has no value, since a part of the total is not the total.`,
  'actuals/conflict': (a) =>
    `Row ${a.row} gives ${a.indicator}${a.breakdown ? ` (${a.breakdown})` : ''} in ${a.year} the value ${a.value}, but ${a.otherFile} row ${a.otherRow} gives ${a.otherValue}.`,
  'import/cell': (a) =>
    `Cell ${a.cell} (${a.field}) ` +
    (a.kind === 'date'
      ? `holds the date ${a.shown}, not a ${a.field === 'year' ? 'year' : 'number'}; set the cell's format to General and type the ${a.field === 'year' ? 'year' : 'number'}.`
      : a.kind === 'formula'
        ? `holds the formula ${a.shown} with no saved value (open the workbook in Excel and save it, or type the number).`
        : `shows the error ${a.shown || '(unknown)'}; type the number, or leave it empty if not measured.`),
  'import/formula': (a) => `Cell ${a.cell} holds the formula ${a.formula}; its saved value ${a.value} was imported.`,
  'import/percent': (a) =>
    `${a.cell !== undefined ? `Cell ${a.cell}` : `Row ${a.row}`} shows ${a.shown}; read as ${a.value} (${a.indicator} is measured in ${a.unit}).`,
  'import/percent-unit': (a) =>
    `${a.cell !== undefined ? `Cell ${a.cell}` : `Row ${a.row}`} shows ${a.shown}, but ${a.indicator} is measured in ${a.unit || '(no unit)'}, not %; write the value in ${a.unit || 'its unit'}${a.cell !== undefined ? ' (and remove the percent format)' : ''}.`,
  'import/merged-cell': (a) =>
    `Cell ${a.cell} (${a.field}) is merged into ${a.range}, which would give one value to several rows; unmerge it and fill each row.`,
  'import/marker-tampered': (a) =>
    a.problem === 'missing'
      ? `The workbook's hidden sheet ${a.sheet} has no checksum (a workbook made by an older sdplan, or edited); make a new template with sdplan actuals template -f xlsx.`
      : `The workbook's hidden sheet ${a.sheet} was changed after sdplan wrote it, so its columns cannot be trusted; make a new template with sdplan actuals template -f xlsx.`,
  'import/too-large': (a) =>
    `The workbook unpacks to more than ${a.limit} bytes (${a.size} or more); it was not read. A filled-in template is far smaller: is this a zip bomb?`,
  'config/unknown-rule': (a) => `There is no rule ${a.rule}.${mean(a)}`,
  'evaluation/not-this-plan': (a) =>
    a.problem === 'plan'
      ? `This record of ${a.period} is for plan ${a.recorded}, not ${a.plan}, so score, report and validate leave it out. If the plan's ID changed, write plan: ${a.plan} in the record (its pull request says why); if the file belongs to another plan, remove it.`
      : `This record holds the period ${a.period}, but its file name says otherwise; name it ${a.expected}, so each period has one record that anyone can find.`,
  'evaluation/recomputed-differs': (a) => {
    const again = `The recorded figures of ${a.period} stay as recorded; if the committee approves the change, record again with sdplan record --period ${a.period} --force.`;
    if (a.level === 'method')
      return `Computing ${a.year} again now gives other figures for ${a.count} ID(s) because the method changed (evaluation settings or sdplan version): ${a.ids}. ${again}`;
    const rate = (x: string | number | undefined) => (x === 'none' || x === undefined ? '—' : pct(x));
    const fig = (r: string | number | undefined, g: string | number | undefined, c: string | number | undefined) =>
      `${rate(r)}${g !== undefined && g !== 'none' ? ` ${g}` : ''}${c !== undefined && c !== 'none' ? ` (${c})` : ''}`;
    const level = LEVEL_WORDS.en[a.level as keyof typeof LEVEL_WORDS.en] ?? String(a.level);
    const what =
      a.presence === 'recorded-only'
        ? `${level} ${a.id} is recorded (${fig(a.recorded, a.recordedGrade, a.recordedCoverage)}) but is no longer in the plan`
        : a.presence === 'now-only'
          ? `${level} ${a.id} is not in the record but is now computed (${fig(a.now, a.nowGrade, a.nowCoverage)})`
          : `${level} ${a.id} is recorded at ${fig(a.recorded, a.recordedGrade, a.recordedCoverage)} but computes to ${fig(a.now, a.nowGrade, a.nowCoverage)} now`;
    return `${a.year}: ${what} (${causesText(a.causes, 'en')}). ${again}`;
  },
  'suppress/unused': (a) => `This sdplan-disable-next-line comment silences nothing for ${a.rules}; remove it.`,
  'suppress/invalid': (a) =>
    a.problem === 'reason'
      ? `This sdplan-disable-next-line comment gives no reason; write "-- why" after the rule ID (${a.rules}).`
      : `This sdplan-disable-next-line comment names no known rule${a.rules ? ` (${a.rules})` : ''}.`,
};

/** The sentence of a finding, in English (default) or Korean. */
export function messageOf(d: Pick<Diagnostic, 'rule' | 'args'>, lang: 'en' | 'ko' = 'en'): string {
  return (lang === 'ko' ? MESSAGES_KO : MESSAGES)[d.rule](d.args);
}
