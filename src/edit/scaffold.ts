// The files of a new, valid plan (`sdplan init`): one goal, strategy, task and indicator to start
// from, governance that meets the policy, an actuals CSV with its header, schema modelines for
// editor completion, a CI workflow and a short README for the planning officer. Pure.
import { SDPLAN_VERSION } from '../model/defaults.js';

/** The GitHub Actions workflow that `init` writes; examples/github/sdplan.yml is the same text. */
export const WORKFLOW = `# sdplan: check every change to the plan in its pull request.
# Validates the plan (annotations on the changed lines), lists likely duplicate tasks, then posts
# what the change does to the plan as the job summary: tasks added, merged and moved, targets raised
# or lowered, findings. The summary is posted even when validation fails: that is when a reviewer
# needs it most. Replace OWNER with the account that hosts sdplan.
name: sdplan
on:
  pull_request:
  push:
    branches: [main]
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # sdplan diff reads the base revision with git
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Install sdplan
        # from its git repository at a pinned tag; npm builds it (the prepare script)
        run: npm install --no-save "github:OWNER/sdplan#v${SDPLAN_VERSION}"
      - name: Validate
        run: npx sdplan validate --format github
      - name: Likely duplicate tasks
        if: \${{ !cancelled() }}
        run: npx sdplan overlaps --format md >> "$GITHUB_STEP_SUMMARY"
      - name: What this change does to the plan
        if: \${{ !cancelled() && github.event_name == 'pull_request' }}
        # the base branch's name reaches the shell through env, never pasted into the script
        env:
          BASE_REF: \${{ github.base_ref }}
        run: npx sdplan diff "origin/$BASE_REF" --format md >> "$GITHUB_STEP_SUMMARY"
`;

export interface ScaffoldOptions {
  id: string;
  languages: string[];
  /** Path from the plan folder to the folder that holds the schemas (init copies them to .sdplan/schemas). */
  schemas: string;
}

const text = (langs: string[], values: Record<string, string>) =>
  `{${langs.map((l) => `${l}: ${values[l] ?? values.en ?? Object.values(values)[0]}`).join(', ')}}`;

export function scaffold(o: ScaffoldOptions): Map<string, string> {
  const L = o.languages;
  const T = (ko: string, en: string) => text(L, { ko, en });
  const line = (name: string, depth = '') => `# yaml-language-server: $schema=${depth}${o.schemas}/${name}.schema.json\n`;
  const files = new Map<string, string>();
  files.set(
    'plan.yaml',
    `${line('plan')}sdplan: 1
id: ${o.id}
title: ${T('지속가능발전 기본계획', 'Sustainable development plan')}
vision: ${T('함께 만들어가는 지속가능한 도시', 'A sustainable city we build together')}
period: {start: 2026, end: 2035}
languages: [${L.join(', ')}]
currency: KRW
revision:
  number: 1
  cycle_years: 2
organization:
  - id: planning
    name: ${T('기획예산담당관', 'Planning and Budget Office')}
    teams:
      - {id: sd-policy, name: ${T('지속가능발전팀', 'Sustainable Development Team')}}
evaluation:
  method: progress
  cap: 1.2
  weights: equal
overlaps:
  threshold: 0.41
  accepted: []
`,
  );
  files.set(
    'goals.yaml',
    `${line('goals')}goals:
  - id: G01
    title: ${T('지속가능한 도시', 'A sustainable city')}
    sdg_targets: ["11.3"]
    subcommittee: council
    strategies:
      - {id: G01-S1, title: ${T('시민 참여 확대', 'More citizen participation')}}
`,
  );
  files.set(
    'indicators.yaml',
    `${line('indicators')}indicators:
  - id: SI-01
    goal: G01
    name: ${T('주민참여예산 비율', 'Share of the budget decided by citizens')}
    unit: "%"
    direction: increase
    baseline: {year: 2025, value: 0.5}
    targets: {2030: 1.5, 2035: 2.5}
    source: ${L[0] === 'ko' ? '참여예산 운영 자료' : 'Participatory budgeting records'}
    update_cycle: annual
  # format 1.1: a qualitative indicator with a target in words (shown, never rated; assessed by its trend)
  - id: SI-02
    goal: G01
    kind: qualitative
    name: ${T('주민자치 활성화 수준', 'Activity of resident self-government')}
    direction: increase
    targets: {2035: ${T('지속 확대', 'keep expanding')}}
`,
  );
  files.set(
    'tasks/tasks.yaml',
    `${line('tasks', '../')}tasks:
  - id: T-0101
    title: ${T('주민참여예산제 운영', 'Participatory budgeting')}
    strategy: G01-S1
    lead: sd-policy
    period: {start: 2026, end: 2027}
    effects:
      - {indicator: SI-01, change: increase}
    indicators:
      - id: T-0101-P1
        name: ${T('주민참여예산 규모', 'Participatory budget')}
        unit: million KRW
        direction: increase
        baseline: {year: 2025, value: 1000}
        targets: {2026: 1500, 2027: 2000}
`,
  );
  files.set(
    'governance.yaml',
    `${line('governance')}policy:
  max_gender_share: 0.6
  min_external_share:
    evaluation-committee: 0.5
bodies:
  - id: council
    kind: council
    name: ${T('지속가능발전협의회', 'Sustainable Development Council')}
    members:
      - {id: C001, gender: female, sector: civil}
      - {id: C002, gender: male, sector: business}
  - id: evaluation
    kind: evaluation-committee
    name: ${T('평가위원회', 'Evaluation committee')}
    members:
      - {id: E01, gender: female, sector: expert, external: true}
      - {id: E02, gender: male, sector: expert, external: true}
`,
  );
  files.set('actuals/actuals.csv', 'indicator,year,value,note,source\n');
  files.set('.github/workflows/sdplan.yml', WORKFLOW);
  files.set(
    'README.md',
    `# ${o.id}

This folder is a sustainable development plan in the sdplan format: goals and strategies in
\`goals.yaml\`, tasks in \`tasks/\`, sustainability indicators in \`indicators.yaml\`, measured values
in \`actuals/\`, the council and committees in \`governance.yaml\`, settings in \`plan.yaml\`.

- Check the plan before every commit: \`npx sdplan validate\`
- Scores for a year: \`npx sdplan score --year 2026\`
- Who still owes actuals: \`npx sdplan due --year 2026\`
- The evaluation report: \`npx sdplan report -o report.html\`

Editors with the YAML language server complete every field from the schema named on each
file's first line; the schemas are kept in \`.sdplan/schemas/\` so the links work in every clone
(after an sdplan upgrade, copy sdplan's new \`schemas/*.schema.json\` over them). \`.github/workflows/sdplan.yml\` checks every pull request when this folder is
the root of a GitHub repository.
`,
  );
  return files;
}
