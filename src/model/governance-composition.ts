// Composition of each governance body as counts and shares (gender, sector, external), checked
// against the policy. Counts only: no member's name or ID leaves this module.
import type { Governance } from './plan.js';

interface Count {
  key: string;
  count: number;
  share: number;
}

export interface BodyComposition {
  id: string;
  kind: string;
  members: number;
  gender: Count[];
  sector: Count[];
  external: number;
  externalShare: number;
  /** The largest gender group, when one gender exceeds the policy's maximum share. */
  genderOver: Count | null;
  /** The policy's minimum external share for this kind of body, if any. */
  minExternal: number | null;
  externalUnder: boolean;
}

function counts(values: Array<string | undefined>, total: number): Count[] {
  const m = new Map<string, number>();
  for (const v of values) if (v !== undefined) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].map(([key, count]) => ({ key, count, share: total > 0 ? count / total : 0 })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

export function bodyCompositions(g: Governance): BodyComposition[] {
  return g.bodies.map((b) => {
    const total = b.members.length;
    const gender = counts(
      b.members.map((m) => m.gender),
      total,
    );
    const external = b.members.filter((m) => m.external === true).length;
    const externalShare = total > 0 ? external / total : 0;
    const top = gender[0];
    const genderOver = g.maxGenderShare !== undefined && top && top.share > g.maxGenderShare + 1e-12 ? top : null;
    const minExternal = g.minExternalShare[b.kind] ?? null;
    return {
      id: b.id,
      kind: b.kind,
      members: total,
      gender,
      sector: counts(
        b.members.map((m) => m.sector),
        total,
      ),
      external,
      externalShare,
      genderOver,
      minExternal,
      externalUnder: minExternal !== null && total > 0 && externalShare < minExternal - 1e-12,
    };
  });
}
