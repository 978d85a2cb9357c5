import { defineRule, findingAt } from '../rule.js';

export default defineRule({
  id: 'team/no-task',
  run({ plan }) {
    const leads = new Set(plan.tasks.map((t) => t.lead));
    return plan.teams.filter((t) => !leads.has(t.id)).map((t) => findingAt('team/no-task', t.src, { team: t.id }, '/id'));
  },
});
