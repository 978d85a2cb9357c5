// Every Text of a plan with where it stands, for the i18n rules.
import type { Plan, Source, Text } from '../model/plan.js';

export interface TextSite {
  text: Text;
  src: Source;
  /** JSON pointer suffix of the field inside the entity, e.g. '/title'. */
  field: string;
  owner: string;
}

export function eachText(plan: Plan): TextSite[] {
  const out: TextSite[] = [];
  const add = (text: Text | undefined, src: Source, field: string, owner: string) => {
    if (text && Object.keys(text).length > 0) out.push({ text, src, field, owner });
  };
  add(plan.title, plan.src, '/title', plan.id);
  add(plan.vision, plan.src, '/vision', plan.id);
  for (const d of plan.departments) {
    add(d.name, d.src, '/name', d.id);
    for (const t of d.teams) add(t.name, t.src, '/name', t.id);
  }
  for (const g of plan.goals) {
    add(g.title, g.src, '/title', g.id);
    add(g.description, g.src, '/description', g.id);
    for (const s of g.strategies) add(s.title, s.src, '/title', s.id);
  }
  for (const i of plan.indicators) add(i.name, i.src, '/name', i.id);
  for (const t of plan.tasks) {
    add(t.title, t.src, '/title', t.id);
    add(t.description, t.src, '/description', t.id);
    for (const i of t.indicators) add(i.name, i.src, '/name', i.id);
  }
  for (const b of plan.governance?.bodies ?? []) add(b.name, b.src, '/name', b.id);
  return out;
}
