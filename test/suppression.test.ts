// sdplan-disable-next-line: silences one rule on the next line, with a reason; stale ones are reported.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, edit, makePlan, validateDir } from './helpers.js';

afterAll(cleanup);

const missingFinal = (comment: string) =>
  makePlan(edit('tasks/a.yaml', '        targets: {2018: 5, 2021: 20}\n', `${comment}        targets: {2018: 5, 2020: 15}\n`));

describe('inline suppression', () => {
  it('silences the named rule on the next line', () => {
    const dir = missingFinal('        # sdplan-disable-next-line target/missing-final -- the task ends early by council decision\n');
    expect(validateDir(dir)).toEqual([]);
  });

  it('does not silence another rule or another line', () => {
    const dir = missingFinal('        # sdplan-disable-next-line target/outside-period -- wrong rule\n');
    expect(validateDir(dir).map((d) => `${d.rule}:${d.line}`)).toEqual(['suppress/unused:15', 'target/missing-final:16']);
  });

  it('needs a reason', () => {
    const dir = missingFinal('        # sdplan-disable-next-line target/missing-final\n');
    expect(validateDir(dir).map((d) => `${d.rule}:${d.line}`)).toEqual(['suppress/invalid:15', 'target/missing-final:16']);
  });

  it('takes several rules separated by commas', () => {
    const dir = makePlan(
      edit(
        'tasks/a.yaml',
        '        targets: {2018: 5, 2021: 20}\n',
        '        # sdplan-disable-next-line target/missing-final, target/outside-period -- pilot ends 2020, report 2023\n        targets: {2018: 5, 2020: 15, 2023: 30}\n',
      ),
    );
    expect(validateDir(dir)).toEqual([]);
  });

  it('a rule turned off leaves its directive unused', () => {
    const dir = missingFinal('        # sdplan-disable-next-line target/missing-final -- ends early\n');
    expect(validateDir(dir, { overrides: { 'target/missing-final': 'off' } }).map((d) => d.rule)).toEqual(['suppress/unused']);
  });
});
