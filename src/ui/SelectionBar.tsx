import { useState } from 'react';
import type { SelectTool } from '../state/selection-slice.ts';
import { selectSelectionTotals } from '../state/candidate-selectors.ts';
import { useAtlas } from '../state/store.ts';
import { AddToListForm } from './AddToListForm.tsx';
import { fmtInt, fmtWan } from './format.ts';
import './candidate-list.css';

const TOOLS: readonly { tool: SelectTool; zh: string; title: string }[] = [
  { tool: 'browse', zh: '浏览', title: '单击楼栋查看详情；Ctrl/⌘+单击选中；Shift+拖动框选 Browse: click for details' },
  { tool: 'pick', zh: '点选', title: '单击楼栋选中或取消 Click a building to select or unselect it' },
  { tool: 'box', zh: '框选', title: '拖动画框选中 Drag a box' },
  { tool: 'lasso', zh: '圈选', title: '单击添加顶点，双击闭合；Esc 取消 Click corners, double-click to close' },
];

const HINT: Partial<Record<SelectTool, string>> = {
  box: '拖动画框选择；按住 Ctrl 添加，Alt 移除',
  lasso: '单击添加顶点，双击或回车闭合；Esc 取消',
};

/** What to do with the box or lasso tool, over the bottom of the map. */
export function SelectionHint() {
  const tool = useAtlas((s) => s.selectTool);
  return HINT[tool] ? (
    <span className="selection-hint" data-testid="selection-hint">
      {HINT[tool]}
    </span>
  ) : null;
}

/**
 * The selection on the map: the tool (browse, click, box, lasso), "select what the filters keep",
 * clear, the selection's totals, and adding it to the candidate list. Contract for tests:
 * `selection-totals` carries data-buildings, data-communities, data-households, data-floor-area-m2.
 */
export function SelectionBar() {
  const tool = useAtlas((s) => s.selectTool);
  const setTool = useAtlas((s) => s.setSelectTool);
  const totals = useAtlas(selectSelectionTotals);
  const selectFiltered = useAtlas((s) => s.selectFiltered);
  const clear = useAtlas((s) => s.clearSelection);
  const hasData = useAtlas((s) => s.dataset !== null);
  const [adding, setAdding] = useState(false);
  const none = totals.buildings === 0;
  return (
    <div className="selection-bar" data-testid="selection-bar">
      <div className="selection-tools">
        <div className="segmented" role="group" aria-label="选择工具 Selection tool" data-testid="select-tool" data-value={tool}>
          {TOOLS.map((t) => (
            <button key={t.tool} type="button" data-tool={t.tool} aria-pressed={tool === t.tool} title={t.title} onClick={() => setTool(t.tool)}>
              {t.zh}
            </button>
          ))}
        </div>
        <button type="button" className="button small" data-testid="select-filtered" disabled={!hasData} title="选中当前筛选条件下的全部楼栋 Select everything the filters keep" onClick={() => selectFiltered()}>
          选中筛选结果
        </button>
        <button type="button" className="button small" data-testid="clear-selection" disabled={none} onClick={() => { clear(); setAdding(false); }}>
          清除
        </button>
      </div>
      <div className="selection-summary">
        <p
          className={none ? 'selection-totals empty-selection' : 'selection-totals'}
          data-testid="selection-totals"
          data-buildings={totals.buildings}
          data-communities={totals.communities}
          data-households={totals.households}
          data-floor-area-m2={totals.floorAreaM2}
          aria-live="polite"
        >
          {none ? (
            <>未选择楼栋 <span className="en">Nothing selected</span></>
          ) : (
            <>
              已选 <b>{fmtInt(totals.buildings)}</b> 栋 · <b>{fmtInt(totals.communities)}</b> 个小区 · <b>{fmtInt(totals.households)}</b> 户 · <b>{fmtWan(totals.floorAreaM2)}</b> 万㎡
            </>
          )}
        </p>
        {!none && !adding && (
          <button type="button" className="button small primary-action" data-testid="add-to-list-open" onClick={() => setAdding(true)}>
            加入项目库…
          </button>
        )}
      </div>
      {adding && !none && <AddToListForm onDone={() => setAdding(false)} />}
    </div>
  );
}
