// Writes the JSON Schemas of the plan format (contract v1) from one source, so the shared
// definitions (ID, Text, Year, YearMap, Baseline) are written once. Run: node schemas/generate.mjs
// test/schemas.test.ts fails when the committed files differ from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';

const BASE = 'https://sdplan.github.io/schemas/v1/';

const defs = {
  ID: {
    title: 'ID',
    description: 'Identifier: letters, digits, dot, underscore, dash; starts with a letter or digit; at most 64 characters.',
    type: 'string',
    pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
    maxLength: 64,
  },
  Text: {
    title: 'Text',
    description: "A plain string in the plan's default language, or a map from language code (one of plan.languages) to string.",
    anyOf: [
      { type: 'string', minLength: 1 },
      {
        type: 'object',
        propertyNames: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
        additionalProperties: { type: 'string', minLength: 1 },
        minProperties: 1,
      },
    ],
  },
  Year: { title: 'Year', description: 'A calendar year, 1900 to 2200.', type: 'integer', minimum: 1900, maximum: 2200 },
  YearMap: {
    title: 'YearMap',
    description: 'A map from year to a number, e.g. {2018: 5, 2019: 10}.',
    type: 'object',
    propertyNames: { pattern: '^(19\\d\\d|2[01]\\d\\d|2200)$' },
    additionalProperties: { type: 'number' },
  },
  Period: {
    title: 'Period',
    description: 'First and last year, both included.',
    type: 'object',
    required: ['start', 'end'],
    additionalProperties: false,
    properties: {
      start: { $ref: '#/$defs/Year', description: 'First year of the period.' },
      end: { $ref: '#/$defs/Year', description: 'Last year of the period.' },
    },
  },
  Baseline: {
    title: 'Baseline',
    description: 'The value measured in a reference year, against which progress is measured.',
    type: 'object',
    required: ['year', 'value'],
    additionalProperties: false,
    properties: {
      year: { $ref: '#/$defs/Year', description: 'Year the baseline was measured.' },
      value: { type: 'number', description: "The baseline value, in the indicator's unit." },
    },
  },
  TargetMap: {
    title: 'TargetMap',
    description:
      'A map from year to a target: a number in the indicator\'s unit (35, not "35%" or "1,800"), or a Text (1.1) such as 지속 감소 ("keep decreasing") that is shown wherever targets are shown and never rated. On a quantitative indicator, text that reads as one number (35%, 1 800, ３５, 35점) is an error (target/number-as-text).',
    type: 'object',
    propertyNames: { pattern: '^(19\\d\\d|2[01]\\d\\d|2200)$' },
    additionalProperties: { anyOf: [{ type: 'number' }, { $ref: '#/$defs/Text' }] },
  },
  Direction: {
    title: 'Direction',
    description: 'Which way is better: increase, decrease, or milestone (stages reached, more is better, nothing counts beyond the target).',
    enum: ['increase', 'decrease', 'milestone'],
  },
};

function schema(name, title, description, body, used) {
  const $defs = {};
  for (const d of used) $defs[d] = defs[d];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${BASE}${name}.schema.json`,
    title,
    description,
    ...body,
    $defs: { ...$defs, ...(body.$defs ?? {}) },
  };
}

const ref = (d, description) => ({ $ref: `#/$defs/${d}`, description });

/** Fields of format 1.1 that sustainability and performance indicators share. */
const indicatorFields = () => ({
  kind: {
    enum: ['quantitative', 'qualitative', 'monitoring', 'future'],
    description:
      '1.1: quantitative (default; numeric targets, unit required), qualitative (text targets; numeric actuals assessed by their trend), monitoring (tracked, never rated) or future (not measured yet; no actual expected).',
  },
  unit: ref('Text', 'Unit of measurement, e.g. tCO2eq or %, or a Text such as {ko: 명, en: persons}; required for quantitative indicators.'),
  planned_from: ref('Year', '1.1, future indicators: the first year a value is planned, if known.'),
  update_cycle: { enum: ['annual', 'biennial', 'irregular'], description: '1.1: how often a new value is published.' },
  geography: { enum: ['city', 'province', 'nation'], description: '1.1: the level actually measured (default city); cities often report a provincial figure.' },
  proxy: { type: 'boolean', description: '1.1: true when the indicator stands in for the intended measure.' },
  disaggregation: idList('1.1: dimension IDs (plan.yaml dimensions) this indicator should be reported by.'),
  progress_status: {
    type: 'object',
    description: '1.1: a manual override of the computed progress status, with its reason; always shown as manual.',
    required: ['status'],
    additionalProperties: false,
    properties: {
      status: {
        enum: ['target_achieved', 'substantial_progress', 'moderate_progress', 'limited_progress', 'deterioration', 'not_available'],
        description: 'The status, as Open SDG names it.',
      },
      reason: ref('Text', 'Why the status is set by hand.'),
    },
  },
});
const combineField = () => ({
  enum: ['sum', 'mean', 'last'],
  description:
    "1.1, with replaces: for a year two or more replaced indicators give a value, sum adds them, mean averages them, last takes the one listed last in replaces (among those with a value). Without combine, two values for one year are an error (actuals/merge-conflict). The indicator's own value for a year always wins.",
});
const idList = (description) => ({ type: 'array', description, items: { $ref: '#/$defs/ID' }, uniqueItems: true });
const tagList = (description) => ({ type: 'array', description, items: { type: 'string', minLength: 1 }, uniqueItems: true });

const plan = schema(
  'plan',
  'sdplan plan.yaml',
  'Plan metadata, organisation and evaluation settings of a sustainable development plan.',
  {
    type: 'object',
    required: ['sdplan', 'id', 'title', 'period', 'languages'],
    additionalProperties: false,
    properties: {
      sdplan: { const: 1, description: 'Format version of this plan folder; this schema describes version 1.' },
      id: ref('ID', 'Stable identifier of the plan, e.g. dangjin-2035.'),
      title: ref('Text', 'Title of the plan.'),
      vision: ref('Text', 'The vision statement the plan serves.'),
      period: ref('Period', 'Years the plan covers.'),
      base_year: ref('Year', "Reference year of the plan's diagnosis."),
      languages: {
        type: 'array',
        description: "Languages of the plan's texts; the first is the default language.",
        items: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
        minItems: 1,
        uniqueItems: true,
      },
      currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code of every budget amount, e.g. KRW.' },
      revision: {
        type: 'object',
        description: 'The revision of the plan that this folder holds.',
        additionalProperties: false,
        properties: {
          number: { type: 'integer', minimum: 0, description: 'Revision number (0 for the first adopted plan).' },
          adopted: { type: 'string', format: 'date', description: 'Date the revision was adopted (ISO 8601, YYYY-MM-DD).' },
          cycle_years: { type: 'integer', minimum: 1, maximum: 10, description: 'Plans are revised and evaluated every this many years (default 2).' },
        },
      },
      organization: {
        type: 'array',
        description: 'Departments of the administration and their teams; teams lead tasks.',
        items: {
          type: 'object',
          required: ['id', 'name', 'teams'],
          additionalProperties: false,
          properties: {
            id: ref('ID', 'Department ID.'),
            name: ref('Text', 'Department name.'),
            teams: {
              type: 'array',
              description: 'Teams of the department.',
              items: {
                type: 'object',
                required: ['id', 'name'],
                additionalProperties: false,
                properties: {
                  id: ref('ID', 'Team ID, referenced by tasks as lead or partner.'),
                  name: ref('Text', 'Team name.'),
                  budget_cap: { type: 'number', minimum: 0, description: 'Optional: the most this team may lead in one year, in plan currency.' },
                },
              },
            },
          },
        },
      },
      evaluation: {
        type: 'object',
        description: 'How achievement is computed and graded.',
        additionalProperties: false,
        properties: {
          method: { enum: ['progress', 'ratio'], description: 'progress (baseline-relative, default) or ratio (actual / target).' },
          decrease_ratio: {
            enum: ['target-over-actual', 'linear'],
            description: 'Under the ratio method, how decrease indicators are rated: target / actual (default) or linear, 2 - actual / target.',
          },
          cap: { type: 'number', minimum: 1, description: 'Highest achievement rate credited (default 1.2).' },
          weights: { enum: ['equal', 'budget'], description: "How task rates roll up: equal (default) or weighted by the year's budget." },
          grades: {
            type: 'array',
            description: 'Grade bands, highest first; a rate gets the first band whose min it reaches.',
            minItems: 1,
            items: {
              type: 'object',
              required: ['grade', 'min'],
              additionalProperties: false,
              properties: {
                grade: { type: 'string', minLength: 1, description: 'Grade label, e.g. S.' },
                min: { type: 'number', minimum: 0, description: 'Lowest rate that earns this grade.' },
              },
            },
          },
          grading: {
            type: 'object',
            description: 'Optional relative grading of teams by quota instead of bands.',
            additionalProperties: false,
            properties: {
              quota: {
                type: 'object',
                description: 'Share of teams per grade, best first, e.g. {S: 0.2, A: 0.4, B: 0.3, C: 0.1}.',
                additionalProperties: { type: 'number', minimum: 0, maximum: 1 },
              },
            },
          },
          progress_thresholds: {
            type: 'object',
            description: 'Thresholds of the progress status of sustainability indicators.',
            additionalProperties: false,
            properties: {
              with_target: { $ref: '#/$defs/Thresholds', description: 'Thresholds on the ratio of actual to needed growth (default 0.95 / 0.6 / 0).' },
              without_target: { $ref: '#/$defs/Thresholds', description: 'Thresholds on the yearly growth rate (default 0.015 / 0.005 / 0).' },
            },
          },
        },
      },
      dimensions: {
        type: 'object',
        description: "1.1: disaggregation dimensions (sex, age, district, ...): actuals columns named after a dimension hold the row's breakdown.",
        propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
        additionalProperties: {
          type: 'object',
          required: ['values'],
          additionalProperties: false,
          properties: {
            name: ref('Text', 'Name of the dimension, e.g. {ko: 성별, en: Sex}.'),
            values: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 }, description: 'The values a breakdown may take.' },
          },
        },
      },
      overlaps: {
        type: 'object',
        description: 'Settings of overlap detection between tasks.',
        additionalProperties: false,
        properties: {
          threshold: { type: 'number', minimum: 0, maximum: 1, description: 'Pairs scoring below this are not reported (default 0.41).' },
          synonyms: {
            type: 'array',
            description: '1.1: groups of words this plan uses for the same thing, e.g. [아동, 어린이].',
            items: { type: 'array', minItems: 2, uniqueItems: true, items: { type: 'string', minLength: 1 } },
          },
          broader: {
            type: 'object',
            description:
              '1.1: words for groups of people inside a broader group, by the broader word, e.g. {노인: [독거노인, 치매노인]}: tasks for the two serve the same people.',
            additionalProperties: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 } },
          },
          accepted: {
            type: 'array',
            description: 'Overlaps reviewed and kept on purpose.',
            items: {
              type: 'object',
              required: ['tasks', 'reason'],
              additionalProperties: false,
              properties: {
                tasks: { ...idList('The two task IDs of the pair.'), minItems: 2, maxItems: 2 },
                decision: { enum: ['merge', 'coordinate', 'keep'], description: '1.1: what was decided about the pair.' },
                reason: { type: 'string', minLength: 1, description: 'Why the overlap is kept.' },
              },
            },
          },
        },
      },
      rules: {
        type: 'object',
        description: 'Severity overrides by rule ID (see `sdplan rules`).',
        additionalProperties: { enum: ['error', 'warning', 'info', 'off'] },
      },
    },
    $defs: {
      Thresholds: {
        type: 'object',
        description: 'Progress thresholds: substantial at or above high, moderate at or above med, limited at or above low.',
        additionalProperties: false,
        required: ['high', 'med', 'low'],
        properties: {
          high: { type: 'number', description: 'Substantial progress at or above this.' },
          med: { type: 'number', description: 'Moderate progress at or above this.' },
          low: { type: 'number', description: 'Limited progress at or above this; deterioration below.' },
        },
      },
    },
  },
  ['ID', 'Text', 'Year', 'Period'],
);

const goals = schema(
  'goals',
  'sdplan goals.yaml',
  'Goals of the plan, each tied to UN SDG targets, with its strategies.',
  {
    type: 'object',
    required: ['goals'],
    additionalProperties: false,
    properties: {
      goals: {
        type: 'array',
        description: 'The goals of the plan.',
        items: {
          type: 'object',
          required: ['id', 'title', 'strategies'],
          additionalProperties: false,
          properties: {
            id: ref('ID', 'Goal ID, e.g. G07. Shares one namespace with strategies, tasks and indicators.'),
            title: ref('Text', 'Goal title.'),
            description: ref('Text', 'What the goal means for the city.'),
            sdg_targets: {
              type: 'array',
              description: 'UN SDG target codes the goal serves, e.g. "7.2"; must exist in the UN catalogue.',
              items: { type: 'string', pattern: '^\\d{1,2}\\.[0-9a-z]{1,2}$' },
              uniqueItems: true,
            },
            subcommittee: ref('ID', 'Governance body (subcommittee) ID that follows this goal.'),
            strategies: {
              type: 'array',
              description: 'Strategies under the goal.',
              items: {
                type: 'object',
                required: ['id', 'title'],
                additionalProperties: false,
                properties: {
                  id: ref('ID', 'Strategy ID, e.g. G07-S1.'),
                  title: ref('Text', 'Strategy title.'),
                },
              },
            },
          },
        },
      },
    },
  },
  ['ID', 'Text'],
);

const indicators = schema(
  'indicators',
  'sdplan indicators.yaml',
  'Sustainability (city-wide outcome) indicators, evaluated externally.',
  {
    type: 'object',
    required: ['indicators'],
    additionalProperties: false,
    properties: {
      indicators: {
        type: 'array',
        description: 'The sustainability indicators.',
        items: {
          type: 'object',
          required: ['id', 'goal', 'name', 'direction'],
          additionalProperties: false,
          properties: {
            id: ref('ID', 'Indicator ID, e.g. SI-07-01. Actuals name it in their indicator column.'),
            goal: ref('ID', 'The goal this indicator measures.'),
            name: ref('Text', 'Indicator name.'),
            direction: ref('Direction', 'Which way is better.'),
            baseline: ref('Baseline', 'Baseline year and value.'),
            targets: ref('TargetMap', 'Targets by year (optional: without one the indicator is assessed by its trend).'),
            sdg_indicator: { type: 'string', pattern: '^\\d{1,2}\\.[0-9a-z]{1,2}\\.\\d{1,2}$', description: 'Optional UN SDG indicator code, e.g. "13.2.2".' },
            limit: { type: 'number', description: 'Optional natural bound of the indicator, used when there is no target.' },
            managed_by: idList('Optional: IDs of the departments (plan.yaml organization) that manage and report this indicator.'),
            source: { type: 'string', description: 'Where the values come from.' },
            replaces: idList('Optional (1.1): earlier indicators that this one continues; their actuals stay valid and count as its history.'),
            combine: combineField(),
            ...indicatorFields(),
          },
          dependentRequired: { combine: ['replaces'] },
        },
      },
    },
  },
  ['ID', 'Text', 'Year', 'TargetMap', 'Baseline', 'Direction'],
);

const tasks = schema(
  'tasks',
  'sdplan tasks file',
  'Implementation tasks, each led by a team, with its performance indicators.',
  {
    type: 'object',
    required: ['tasks'],
    additionalProperties: false,
    properties: {
      tasks: {
        type: 'array',
        description: 'The tasks of this file.',
        items: {
          type: 'object',
          required: ['id', 'title', 'strategy', 'lead'],
          additionalProperties: false,
          properties: {
            id: ref('ID', 'Task ID, e.g. T-0701.'),
            title: ref('Text', 'Task title.'),
            description: ref('Text', 'What the task does.'),
            strategy: ref('ID', 'The primary strategy the task implements.'),
            replaces: idList('Tasks of the previous revision merged into (or split off as) this one.'),
            also_goals: idList('Other goals the task serves.'),
            lead: ref('ID', 'Team ID of the lead team.'),
            partners: idList('Team IDs of partner teams.'),
            period: ref('Period', 'Years the task runs.'),
            budget: ref('YearMap', 'Budget by year, in plan currency.'),
            target_groups: tagList('Who the task serves (free tags).'),
            areas: tagList('Where the task acts (free tags, places).'),
            effects: {
              type: 'array',
              description: 'Declared effects on sustainability indicators.',
              items: {
                type: 'object',
                required: ['indicator', 'change'],
                additionalProperties: false,
                properties: {
                  indicator: ref('ID', 'Sustainability indicator ID.'),
                  change: { enum: ['increase', 'decrease'], description: 'What the task does to the indicator.' },
                },
              },
            },
            indicators: {
              type: 'array',
              description: 'Performance indicators; a task needs at least one (rule task/no-indicator).',
              items: {
                type: 'object',
                required: ['id', 'name', 'direction'],
                additionalProperties: false,
                properties: {
                  id: ref('ID', 'Performance indicator ID, e.g. T-0701-P1.'),
                  name: ref('Text', 'Indicator name.'),
                  direction: ref('Direction', 'Which way is better.'),
                  method: { enum: ['progress', 'ratio', 'linear'], description: 'Overrides evaluation.method for this indicator (linear: decrease only).' },
                  weight: { type: 'number', description: 'Relative weight within the task (default 1); must be positive.' },
                  baseline: ref('Baseline', 'Baseline year and value.'),
                  targets: ref('TargetMap', 'Targets by year.'),
                  source: { type: 'string', description: 'Where the values come from.' },
                  replaces: idList('Optional (1.1): indicators of replaced tasks that this one continues; their actuals stay valid and count as its history.'),
                  combine: combineField(),
                  ...indicatorFields(),
                },
                dependentRequired: { combine: ['replaces'] },
              },
            },
          },
        },
      },
    },
  },
  ['ID', 'Text', 'Year', 'YearMap', 'TargetMap', 'Period', 'Baseline', 'Direction'],
);

const governance = schema(
  'governance',
  'sdplan governance.yaml',
  'Council, subcommittees and evaluation committee, with the composition policy.',
  {
    type: 'object',
    required: ['bodies'],
    additionalProperties: false,
    properties: {
      policy: {
        type: 'object',
        description: 'Composition rules checked by the governance rules.',
        additionalProperties: false,
        properties: {
          max_gender_share: { type: 'number', minimum: 0, maximum: 1, description: "No gender above this share of a body's members (e.g. 0.6)." },
          min_external_share: {
            type: 'object',
            description: 'Lowest share of external members, by body kind.',
            additionalProperties: { type: 'number', minimum: 0, maximum: 1 },
          },
        },
      },
      bodies: {
        type: 'array',
        description: "The bodies of the plan's governance.",
        items: {
          type: 'object',
          required: ['id', 'kind', 'members'],
          additionalProperties: false,
          properties: {
            id: ref('ID', 'Body ID, e.g. environment.'),
            kind: { enum: ['council', 'subcommittee', 'evaluation-committee', 'other'], description: 'Kind of body.' },
            name: ref('Text', 'Name of the body.'),
            parent: ref('ID', 'The body this one belongs to (subcommittees: the council).'),
            members: {
              type: 'array',
              description: 'Members, without names unless needed.',
              items: {
                type: 'object',
                required: ['id'],
                additionalProperties: false,
                properties: {
                  id: ref('ID', 'Member ID.'),
                  name: { type: 'string', description: 'Personal data: optional, never printed unless asked.' },
                  gender: { type: 'string', minLength: 1, description: 'Gender, e.g. female or male.' },
                  sector: { enum: ['public', 'business', 'civil', 'expert'], description: 'Sector the member comes from.' },
                  external: { type: 'boolean', description: 'True when the member is not part of the city administration.' },
                },
              },
            },
          },
        },
      },
    },
  },
  ['ID', 'Text'],
);

// A recorded evaluation (evaluations/<start>-<end>.yaml, format 1.2): written by `sdplan record`,
// reviewed in its pull request, never edited by hand but for the committee's part.
const rate = { anyOf: [{ type: 'number' }, { type: 'null' }], description: 'Achievement rate (1 = 100%), exactly as computed; null: no figure.' };
const grade = { anyOf: [{ type: 'string', minLength: 1 }, { type: 'null' }], description: 'Grade, or null without a rate.' };
const count = (description) => ({ type: 'integer', minimum: 0, description });
const recordedFigure = {
  type: 'object',
  description: 'A rolled-up figure: rate, grade, coverage and the parts rolled up.',
  required: ['rate', 'grade', 'measured', 'targeted', 'parts'],
  additionalProperties: false,
  properties: {
    rate,
    grade,
    measured: count('Indicators with a target for the year and an actual.'),
    targeted: count('Indicators with a target for the year.'),
    parts: {
      type: 'object',
      description: 'The parts rolled up (indicator IDs for a task, task IDs otherwise), each with its weight.',
      propertyNames: { $ref: '#/$defs/ID' },
      additionalProperties: { type: 'number' },
    },
  },
};
const figureMap = (description) => ({ type: 'object', description, propertyNames: { $ref: '#/$defs/ID' }, additionalProperties: { $ref: '#/$defs/Figure' } });
const numberOrNull = (description) => ({ anyOf: [{ type: 'number' }, { type: 'null' }], description });
const evaluation = schema(
  'evaluation',
  'sdplan recorded evaluation',
  'Every figure of an evaluation period as computed and approved, with the plan revision and the sdplan version that computed it.',
  {
    type: 'object',
    required: ['sdplan_evaluation', 'plan', 'period', 'computed_with', 'evaluation', 'years'],
    additionalProperties: false,
    properties: {
      sdplan_evaluation: { const: 1, description: 'Format version of recorded evaluations.' },
      plan: ref('ID', 'The plan ID.'),
      period: ref('Period', 'The years evaluated.'),
      computed_with: {
        type: 'object',
        description: 'What computed the figures.',
        required: ['revision', 'sdplan'],
        additionalProperties: false,
        properties: {
          revision: {
            type: 'object',
            description: 'The plan revision (plan.yaml revision) the figures were computed on.',
            required: ['number', 'adopted'],
            additionalProperties: false,
            properties: {
              number: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }], description: 'revision.number of plan.yaml, or null.' },
              adopted: { anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }], description: 'revision.adopted of plan.yaml, or null.' },
            },
          },
          commit: { type: 'string', pattern: '^[0-9a-f]{7,64}$', description: 'The git commit of the plan folder, when it was in git.' },
          sdplan: { type: 'string', minLength: 1, description: 'The sdplan version that computed the figures.' },
        },
      },
      evaluation: {
        type: 'object',
        description: 'The evaluation settings the figures were computed with.',
        required: ['method', 'cap', 'weights', 'decrease_ratio', 'grades', 'progress_thresholds'],
        additionalProperties: false,
        properties: {
          method: { enum: ['progress', 'ratio', 'linear'], description: 'Default achievement method.' },
          cap: { type: 'number', description: 'Highest rate credited.' },
          weights: { enum: ['equal', 'budget'], description: 'How tasks rolled up.' },
          decrease_ratio: { enum: ['target-over-actual', 'linear'], description: 'How ratio rated decrease indicators.' },
          grades: {
            type: 'array',
            description: 'Grade bands, highest first.',
            items: {
              type: 'object',
              required: ['grade', 'min'],
              additionalProperties: false,
              properties: {
                grade: { type: 'string', minLength: 1, description: 'Grade name.' },
                min: { type: 'number', description: 'Lowest rate of the band.' },
              },
            },
          },
          quota: { type: 'object', description: 'Relative grades of teams by quota, when used.', additionalProperties: { type: 'number' } },
          progress_thresholds: {
            type: 'object',
            description: 'Sustainability-indicator progress thresholds.',
            required: ['with_target', 'without_target'],
            additionalProperties: false,
            properties: {
              with_target: { $ref: '#/$defs/Thresholds', description: 'With a target.' },
              without_target: { $ref: '#/$defs/Thresholds', description: 'Without a target.' },
            },
          },
        },
      },
      years: {
        type: 'object',
        description: 'The figures of each year of the period.',
        propertyNames: { pattern: '^(19\\d\\d|2[01]\\d\\d|2200)$' },
        additionalProperties: {
          type: 'object',
          required: ['plan', 'goals', 'strategies', 'teams', 'departments', 'tasks', 'indicators'],
          additionalProperties: false,
          properties: {
            plan: { $ref: '#/$defs/Figure', description: 'The whole plan.' },
            goals: figureMap('Goals by ID.'),
            strategies: figureMap('Strategies by ID.'),
            teams: figureMap('Teams by ID.'),
            departments: figureMap('Departments by ID.'),
            tasks: figureMap('Tasks by ID.'),
            indicators: {
              type: 'object',
              description: 'Performance and sustainability indicators by ID: the inputs of each rate as they stood, and the figures.',
              propertyNames: { $ref: '#/$defs/ID' },
              additionalProperties: {
                type: 'object',
                required: ['direction', 'method', 'baseline', 'target', 'actual', 'rate', 'grade', 'measured', 'targeted'],
                additionalProperties: false,
                properties: {
                  task: ref('ID', 'The task of a performance indicator.'),
                  goal: ref('ID', 'The goal of a sustainability indicator.'),
                  direction: ref('Direction', 'Which way is better.'),
                  method: { anyOf: [{ enum: ['progress', 'ratio', 'linear'] }, { type: 'null' }], description: 'The method actually used.' },
                  weight: { type: 'number', description: 'Weight within its task (performance indicators).' },
                  baseline: { anyOf: [{ $ref: '#/$defs/Baseline' }, { type: 'null' }], description: 'The baseline, or null.' },
                  target: numberOrNull('The target for the year, or null.'),
                  actual: numberOrNull('The actual for the year, or null.'),
                  rate,
                  grade,
                  measured: count('1 when rated, else 0.'),
                  targeted: count('1 when a target was due, else 0.'),
                  status: {
                    enum: ['target_achieved', 'substantial_progress', 'moderate_progress', 'limited_progress', 'deterioration', 'not_available'],
                    description: 'Progress status toward the final target.',
                  },
                  computed_status: {
                    enum: ['target_achieved', 'substantial_progress', 'moderate_progress', 'limited_progress', 'deterioration', 'not_available'],
                    description: 'Present when the status was set by hand (progress_status): the status the computation gave.',
                  },
                  score: numberOrNull('Progress score, or null.'),
                  latest: {
                    anyOf: [{ $ref: '#/$defs/Baseline' }, { type: 'null' }],
                    description: 'The latest actual up to the year that the status was measured from.',
                  },
                  final_target: {
                    anyOf: [{ $ref: '#/$defs/Baseline' }, { type: 'null' }],
                    description: 'The final target that the status was measured toward.',
                  },
                },
              },
            },
          },
        },
      },
      committee: {
        type: 'object',
        description: "Reserved for the evaluation committee's own part of the record (its opinion, decisions); sdplan carries it over as written.",
      },
    },
    $defs: {
      Figure: recordedFigure,
      Thresholds: {
        type: 'object',
        description: 'Progress thresholds.',
        required: ['high', 'med', 'low'],
        additionalProperties: false,
        properties: {
          high: { type: 'number', description: 'High threshold.' },
          med: { type: 'number', description: 'Medium threshold.' },
          low: { type: 'number', description: 'Low threshold.' },
        },
      },
    },
  },
  ['ID', 'Period', 'Baseline', 'Direction', 'Year'],
);

const out = { plan, goals, indicators, tasks, governance, evaluation };
const dir = new URL('./', import.meta.url);
const check = process.argv.includes('--check');
let stale = 0;
for (const [name, s] of Object.entries(out)) {
  const file = new URL(`${name}.schema.json`, dir);
  const text = JSON.stringify(s, null, 2) + '\n';
  if (!check) writeFileSync(file, text);
  else if (readFileSync(file, 'utf8') !== text) {
    console.error(`schemas/${name}.schema.json is stale: run node schemas/generate.mjs`);
    stale++;
  }
}
process.exitCode = stale > 0 ? 1 : 0;
