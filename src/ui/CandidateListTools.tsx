import { useState } from 'react';
import { readListFile, type ListFileReport } from '../io/candidate-list-file.ts';
import { keysOf, selectResolved } from '../state/candidate-selectors.ts';
import { useAtlas } from '../state/store.ts';
import { listBuildingsFile, listJsonFile, listTableFile, type ListView } from './export-files.ts';
import { ExportMenu, type ExportGroup } from './ExportMenu.tsx';

function view(): ListView {
  const s = useAtlas.getState();
  return { entries: s.candidates, dataset: s.dataset, resolved: selectResolved(s), year: s.candidateYear };
}

/** Read a list file the user chose and add its entries; the report says what could not be used. */
async function importFile(file: File): Promise<ListFileReport> {
  const s = useAtlas.getState();
  const bytes = new Uint8Array(await file.arrayBuffer());
  const target = s.dataset ? { table: s.dataset.buildings, keys: keysOf(s.dataset) } : null;
  const { entries, report } = readListFile(file.name, bytes, target, new Date().toISOString());
  if (entries.length > 0) useAtlas.getState().mergeIntoList(entries);
  return report;
}

/** The list's exports (plan table, building list, list file), import (its report goes to `onImported`), and clearing. */
export function CandidateListTools({ onImported }: { onImported: (report: ListFileReport) => void }) {
  const count = useAtlas((s) => s.candidates.length);
  const ready = useAtlas((s) => s.listStorage !== 'loading');
  const clear = useAtlas((s) => s.clearList);
  const [confirming, setConfirming] = useState(false);
  const none = count === 0;
  const groups: ExportGroup[] = [
    {
      title: '按小区汇总（计划表）Plan table',
      items: [
        { id: 'list-export-table-csv', label: 'CSV', disabled: none, make: () => listTableFile(view(), 'csv') },
        { id: 'list-export-xlsx', label: 'Excel（含楼栋清单）', disabled: none, make: () => listTableFile(view(), 'xlsx') },
      ],
    },
    {
      title: '楼栋清单（可再导入）Buildings',
      items: [
        { id: 'list-export-csv', label: 'CSV', disabled: none, make: () => listBuildingsFile(view(), 'csv') },
        { id: 'list-export-geojson', label: 'GeoJSON', disabled: none, make: () => listBuildingsFile(view(), 'geojson') },
        { id: 'list-export-json', label: '清单文件 JSON', disabled: none, make: () => listJsonFile(view()) },
      ],
    },
  ];
  return (
    <div className="list-tools">
      <ExportMenu label="导出" testId="list-export-menu" groups={groups} />
      <label className="button small file-button" title="导入项目库清单文件（JSON 或本程序导出的楼栋清单 CSV）">
        <input
          type="file"
          accept=".json,.csv,.txt"
          data-testid="list-import-input"
          disabled={!ready}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file).then(onImported);
          }}
        />
        导入
      </label>
      {confirming ? (
        <span className="confirm">
          <button type="button" className="button small danger" data-testid="list-clear-confirm" onClick={() => { clear(); setConfirming(false); }}>
            确认清空 {count} 栋
          </button>
          <button type="button" className="button small" onClick={() => setConfirming(false)}>
            取消
          </button>
        </span>
      ) : (
        <button type="button" className="button small" data-testid="list-clear" disabled={none} onClick={() => setConfirming(true)}>
          清空
        </button>
      )}
    </div>
  );
}
