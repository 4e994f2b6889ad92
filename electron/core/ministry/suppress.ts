// Small-number protection (MINISTRY-PACKAGE.md): primary suppression of counts 1..threshold−1 and
// secondary suppression so that no hidden cell equals a published total minus published cells.
import { CODE_LISTS, GROUP_CODES, INDICATORS, INDICATOR_CODES, NO_BREAKDOWN, PACKAGE_GROUPS, TOTAL, type Breakdown } from './codes';
import { cellKey, type Cell } from './compute';

export const DEFAULT_THRESHOLD = 5;

export interface ProtectedCell extends Cell {
  confidential: boolean;
}

/** A published total and the cells that add up to it. */
export interface Relation {
  total: string;
  parts: string[];
  /**
   * False where one thing may sit in several parts (a person with cases in two groups, a young person
   * with two kinds of support): the parts may add up to more than the total. Protected all the same.
   */
  additive: boolean;
}

/**
 * The additive relations among protected cells: within an indicator and group, each breakdown's codes
 * add up to the row without breakdown; across groups, the four groups add up to _T for every row.
 */
export function relations(): Relation[] {
  const out: Relation[] = [];
  for (const indicator of INDICATOR_CODES) {
    const def = INDICATORS[indicator];
    if (!def.protected) continue;
    const slots: { breakdown: Breakdown | typeof NO_BREAKDOWN; value: string }[] = [{ breakdown: NO_BREAKDOWN, value: NO_BREAKDOWN }];
    for (const breakdown of def.breakdowns as readonly Breakdown[]) {
      for (const group of GROUP_CODES) {
        out.push({
          total: cellKey({ indicator, group, breakdown: NO_BREAKDOWN, value: NO_BREAKDOWN }),
          parts: CODE_LISTS[breakdown].map((value) => cellKey({ indicator, group, breakdown, value })),
          additive: breakdown !== 'SUPPORT_TYPE',
        });
      }
      for (const value of CODE_LISTS[breakdown]) slots.push({ breakdown, value });
    }
    for (const slot of slots) {
      out.push({
        total: cellKey({ indicator, group: TOTAL, ...slot }),
        parts: PACKAGE_GROUPS.map((group) => cellKey({ indicator, group, ...slot })),
        additive: indicator !== 'PERSONS_SERVED',
      });
    }
  }
  return out;
}

export const RELATIONS: readonly Relation[] = relations();

export function protect(cells: readonly Cell[], threshold = DEFAULT_THRESHOLD): ProtectedCell[] {
  const byKey = new Map<string, ProtectedCell>();
  const out = cells.map((c) => {
    // Zero is never confidential; averages and staff counts are not protected.
    const p: ProtectedCell = { ...c, confidential: INDICATORS[c.indicator].protected && c.obs > 0 && c.obs < threshold };
    byKey.set(cellKey(c), p);
    return p;
  });
  const get = (k: string) => {
    const c = byKey.get(k);
    if (!c) throw new Error(`no cell ${k}`);
    return c;
  };
  // Hiding a cell can expose another relation it belongs to, so repeat until nothing changes.
  let changed = true;
  while (changed) {
    changed = false;
    for (const r of RELATIONS) {
      const members = [r.total, ...r.parts].map(get);
      if (members.filter((m) => m.confidential).length !== 1) continue;
      const candidate = smallestPublishedNonZero(r.parts.map(get)) ?? smallestPublishedNonZero([get(r.total)]);
      if (candidate) {
        candidate.confidential = true;
        changed = true;
      }
    }
  }
  return out;
}

/** The smallest published non-zero cell; ties go to the first in the relation's order, so the result is stable. */
function smallestPublishedNonZero(cells: ProtectedCell[]): ProtectedCell | undefined {
  let best: ProtectedCell | undefined;
  for (const c of cells) if (!c.confidential && c.obs > 0 && (!best || c.obs < best.obs)) best = c;
  return best;
}

/** Hidden cells that a published total minus published parts would reveal (empty when protection holds). */
export function recoverableCells(cells: readonly ProtectedCell[]): string[] {
  const byKey = new Map(cells.map((c) => [cellKey(c), c]));
  const out: string[] = [];
  for (const r of RELATIONS) {
    const members = [r.total, ...r.parts].map((k) => byKey.get(k)!);
    const hidden = members.filter((m) => m.confidential);
    if (hidden.length === 1) out.push(cellKey(hidden[0]!));
  }
  return out;
}
