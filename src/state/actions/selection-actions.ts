/**
 * Selecting on the map what the filters and the legend decide: a drawn box or lasso takes the
 * buildings inside it that the filters keep and the legend shows; "select what matches" takes
 * every building the filters keep. Here, not in the selection slice, because they read selectors.
 */
import { rowsInShape, type CombineMode, type SelectionShape } from '../../domain/selection.ts';
import { selectFilterRows, selectSelectableRows } from '../selectors/candidate-selectors.ts';
import { useAtlas } from '../store.ts';

function allRows(n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** Select the buildings inside a drawn box or polygon (of those the filters keep and the legend shows). */
export function selectShape(shape: SelectionShape, mode: CombineMode = 'replace'): void {
  const s = useAtlas.getState();
  if (s.dataset) s.setSelectedRows(rowsInShape(s.dataset.buildings, shape, selectSelectableRows(s)), mode);
}

/** Select every building the filters keep. */
export function selectFiltered(mode: CombineMode = 'replace'): void {
  const s = useAtlas.getState();
  if (s.dataset) s.setSelectedRows(selectFilterRows(s) ?? allRows(s.dataset.buildings.length), mode);
}
