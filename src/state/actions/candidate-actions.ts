/**
 * Adding the map's selection to the candidate list (项目库): entries made from the selected
 * buildings for a plan year with renovation types. Here, not in the candidate slice, because it
 * reads selectors (the selected rows, the buildings' keys).
 */
import { makeEntries } from '../../domain/candidate-list.ts';
import { keysOf, selectSelectedRows } from '../selectors/candidate-selectors.ts';
import { useAtlas } from '../store.ts';

/**
 * Add the selected buildings for a plan year with types (TYPE_BIT mask); how many were new or
 * changed. Nothing is added while the stored list is still loading. The list panel then shows the
 * year just added to (unless it shows every year), so the rows appear.
 */
export function addSelectionToList(planYear: number, types: number): { added: number; updated: number } {
  const s = useAtlas.getState();
  const rows = selectSelectedRows(s);
  if (!s.dataset || rows.length === 0 || s.listStorage === 'loading') return { added: 0, updated: 0 };
  const entries = makeEntries(s.dataset.buildings, keysOf(s.dataset), rows, planYear, types, new Date().toISOString());
  const r = s.mergeIntoList(entries);
  if (s.candidateYear !== null && s.candidateYear !== planYear) s.setCandidateYear(planYear);
  return r;
}
