import { useState } from 'react';
import { useT } from '../../i18n/index.ts';
import { readListFile, type ListFileReport } from '../../io/candidate-list-file.ts';
import { keysOf, selectResolved } from '../../state/selectors/candidate-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { listBuildingsFile, listJsonFile, listTableFile, type ListView } from '../export/export-files.ts';
import { ExportMenu, type ExportGroup } from '../export/ExportMenu.tsx';

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

/**
 * The list's exports (plan table, building list, list file), import (its report goes to `onImported`),
 * and clearing.
 */
export function CandidateListTools({ onImported }: { onImported: (report: ListFileReport) => void }) {
  const count = useAtlas((s) => s.candidates.length);
  const ready = useAtlas((s) => s.listStorage !== 'loading');
  const clear = useAtlas((s) => s.clearList);
  const [confirming, setConfirming] = useState(false);
  const { t } = useT('candidates');
  const none = count === 0;
  const groups = useListExportGroups(none);
  return (
    <div className="list-tools">
      <ExportMenu label={t('exportMenu')} testId="list-export-menu" groups={groups} />
      <label className="button small file-button" title={t('importTitle')}>
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
        {t('import')}
      </label>
      {confirming ? (
        <span className="confirm">
          <button
            type="button"
            className="button small danger"
            data-testid="list-clear-confirm"
            onClick={() => {
              clear();
              setConfirming(false);
            }}
          >
            {t('clearConfirm', { n: count })}
          </button>
          <button type="button" className="button small" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="button small"
          data-testid="list-clear"
          disabled={none}
          onClick={() => setConfirming(true)}
        >
          {t('clear')}
        </button>
      )}
    </div>
  );
}

/** The list's export menu: the plan table and the building list in their formats, and the list file. */
function useListExportGroups(none: boolean): ExportGroup[] {
  const { t } = useT('candidates');
  return [
    {
      title: t('planTable'),
      items: [
        { id: 'list-export-table-csv', label: 'CSV', disabled: none, make: () => listTableFile(view(), 'csv') },
        {
          id: 'list-export-xlsx',
          label: t('xlsxWithBuildings'),
          disabled: none,
          make: () => listTableFile(view(), 'xlsx'),
        },
      ],
    },
    {
      title: t('buildingList'),
      items: [
        { id: 'list-export-csv', label: 'CSV', disabled: none, make: () => listBuildingsFile(view(), 'csv') },
        {
          id: 'list-export-geojson',
          label: 'GeoJSON',
          disabled: none,
          make: () => listBuildingsFile(view(), 'geojson'),
        },
        { id: 'list-export-json', label: t('listFile'), disabled: none, make: () => listJsonFile(view()) },
      ],
    },
  ];
}
