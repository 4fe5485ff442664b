/**
 * The shape of the store: each slice's fields and actions, and AtlasState, all of them together.
 * Kept apart from the slices (slices/) and the store (store.ts) so that slices, selectors and
 * actions can name the whole state without importing the store that is made of them.
 */
import type { GroupBy } from '../domain/aggregate.ts';
import type { BuildingFilter } from '../domain/building-filter.ts';
import type { CandidateEntry } from '../domain/candidate-list.ts';
import type { ListOp } from '../domain/candidate-list-ops.ts';
import type { ColourMode } from '../domain/colour-classes.ts';
import type { CrsKey } from '../domain/crs.ts';
import type { Dataset } from '../domain/dataset.ts';
import type { PanelLayout } from './persist/panel-layout.ts';
import type { EligibilitySettings } from '../domain/eligibility.ts';
import type { Programme } from '../domain/programme.ts';
import type { CombineMode } from '../domain/selection.ts';
import type { SortOrder } from '../domain/sort-summary.ts';
import type { ColumnSet } from '../domain/column-sets.ts';
import type { Message } from '../domain/messages/render.ts';
import type { Lang, Saying } from '../i18n/index.ts';
import type { ColumnMatchRequest } from '../workers/protocol.ts';
import type { SampleKey } from './load/sample-files.ts';

/** Where the dataset on screen came from. */
export type DataSource = { kind: 'sample'; sample: SampleKey } | { kind: 'files'; names: string[] };

/**
 * Whether the user's own files on screen are kept in this browser for the next visit
 * (load/keep-files.ts): being written, kept (ISO time loaded), reopened from the last visit (with
 * how many files), or not kept and why.
 */
export type KeptStatus =
  | { state: 'saving' }
  | { state: 'saved'; savedAt: string }
  | { state: 'reopened'; savedAt: string; files: number }
  | { state: 'not-kept'; why: Message };

/** The dataset on screen and where it came from (slices/data-slice.ts). */
export interface DataSlice {
  /** The imported, linked dataset; null until the first import arrives. */
  dataset: Dataset | null;
  source: DataSource | null;
  /** Whether the files on screen are kept for the next visit; null for the sample and `?data=` files. */
  kept: KeptStatus | null;
  /**
   * Replace the dataset. The view moves to the new data's newest programme year, and the import
   * report opens when rows were rejected, so a failed file shows why; programme edits
   * belonged to the old data and are dropped. `kept` starts again at null.
   */
  setDataset: (dataset: Dataset, source: DataSource) => void;
  setKept: (kept: KeptStatus | null) => void;
}

/** A load under way: fetching the sample, then reading in the worker. */
export interface LoadProgress {
  phase: 'fetching' | 'reading';
  /** What is being loaded, for the status line: the files' names, or a message ("示例数据：薛城区"). */
  label: string | Message;
  doneBytes: number;
  totalBytes: number;
  /** File being read, '' before the worker's first message. */
  file: string;
}

/** A line for the user about the last load: a remembered column map used, a file that could not be fetched. */
export interface Notice {
  id: string;
  tone: 'info' | 'warn';
  /** Rendered in the language in force when shown (i18n sayText). */
  message: Saying;
}

/** Loading, errors, notices and the panels and dialogs they open (slices/ui-slice.ts). */
export interface UiSlice {
  loading: LoadProgress | null;
  /** A failure to show (a fetch or a bug); problems in files are in the import report instead. */
  error: Message | null;
  /** Is the import report panel open? A new dataset opens it when rows were rejected. */
  reportOpen: boolean;
  /** Notices about the last load; a new load clears them. */
  notices: Notice[];
  /** A CSV whose columns the user is asked to match (the dialog is open while this is set). */
  columnMatch: ColumnMatchRequest | null;
  /** The coordinate system building exports are written in (the export menu's choice); WGS84 by default. */
  exportCrs: CrsKey;
  setExportCrs: (crs: CrsKey) => void;
  setReportOpen: (open: boolean) => void;
  startLoading: (label: LoadProgress['label'], phase: LoadProgress['phase']) => void;
  setProgress: (p: Partial<Omit<LoadProgress, 'label'>>) => void;
  /** End the load, with an error message when it failed. */
  endLoading: (error?: Message | null) => void;
  dismissError: () => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
  setColumnMatch: (request: ColumnMatchRequest | null) => void;
}

/** The plan year and how the summary table is grouped and sorted (slices/view-slice.ts). */
export interface ViewSlice {
  /** Plan year the figures are for; null = every year (全部年度). */
  year: number | null;
  /** What the summary table groups by. */
  groupBy: GroupBy;
  /** How the summary table is sorted; null = by name, as summarize() returns it. */
  tableSort: SortOrder | null;
  /** Which of the summary table's column sets it shows (现状 / 计划 / 进度 / 全部). */
  columnSet: ColumnSet;
  setYear: (year: number | null) => void;
  setGroupBy: (by: GroupBy) => void;
  setColumnSet: (set: ColumnSet) => void;
  setTableSort: (sort: SortOrder | null) => void;
}

/** The filter the whole page follows, the street office one of its fields (slices/filter-slice.ts). */
export interface FilterSlice {
  filter: BuildingFilter;
  /** Change some fields; the others stay. */
  setFilter: (patch: Partial<BuildingFilter>) => void;
  /** Every field back to "all", except the street office (it has its own picker). */
  clearFilter: () => void;
  /**
   * The street office the page is filtered to (`?street=`, the picker, a table row); null = the
   * whole district. A name the data does not know shows the whole district and a notice. A new
   * office drops a 社区 or community chosen in the old one.
   */
  setStreet: (street: string | null) => void;
  /** The backlog preset: eligible buildings in no plan, on or off. */
  toggleBacklog: () => void;
}

/** The eligibility rules, every setting given (the defaults are DEFAULT_ELIGIBILITY, 梨树 2023's). */
export type Rules = Required<EligibilitySettings>;

/** The eligibility rules in force and the rules panel (slices/rules-slice.ts). */
export interface RulesSlice {
  rules: Rules;
  /** Is the rules panel open? */
  rulesOpen: boolean;
  setRules: (patch: Partial<Rules>) => void;
  resetRules: () => void;
  setRulesOpen: (open: boolean) => void;
}

/** A building (row of the building table) or a community (index in dataset.communities). */
export interface MapPick {
  kind: 'building' | 'community';
  index: number;
  /** The dataset the index points into: a pick from an older dataset is void. */
  dataset: Dataset;
}

/** A pick under the pointer, with the pointer's position in the map's pixels. */
export interface MapHover extends MapPick {
  x: number;
  y: number;
}

/**
 * offline: no request leaves the page's server; osm, tianditu and amap (高德) fetch tiles when
 * switched on. The map draws in GCJ-02 over amap (src/map/base-maps.ts displayCrs); the data stay WGS84.
 */
export type BaseMap = 'offline' | 'osm' | 'tianditu' | 'amap';

/** The map's colouring, hidden legend classes, hover and pick, and base map (slices/map-slice.ts). */
export interface MapSlice {
  colourBy: ColourMode;
  /** Legend class keys the user has hidden, per colouring. */
  hiddenClasses: Readonly<Record<ColourMode, readonly string[]>>;
  hovered: MapHover | null;
  selected: MapPick | null;
  baseMap: BaseMap;
  tiandituKey: string;
  setColourBy: (mode: ColourMode) => void;
  /** Hide a shown class of the current colouring, or show a hidden one. */
  toggleClass: (key: string) => void;
  setHovered: (hover: MapHover | null) => void;
  select: (pick: MapPick | null) => void;
  setBaseMap: (baseMap: BaseMap) => void;
  setTiandituKey: (key: string) => void;
}

/**
 * browse: a click opens a building's details (Ctrl/⌘-click selects); pick: a click selects or
 * unselects a building; box: drag a box (shift-drag does so with any tool); lasso: click the
 * corners of a polygon, double-click to close it.
 */
export type SelectTool = 'browse' | 'pick' | 'box' | 'lasso';

/** The buildings selected on the map, tied to the dataset they point into. */
export interface MapSelection {
  dataset: Dataset;
  /** Building rows, ascending, no repeats. */
  rows: Uint32Array;
}

/**
 * The selection on the map and the drawing tool (slices/selection-slice.ts); selecting a drawn
 * shape or what the filters keep reads selectors, so it is in actions/selection-actions.ts.
 */
export interface SelectionSlice {
  selection: MapSelection | null;
  selectTool: SelectTool;
  setSelectTool: (tool: SelectTool) => void;
  /** Rows (ascending) replace the selection, are added to it, or taken out of it. */
  setSelectedRows: (rows: Uint32Array, mode?: CombineMode) => void;
  /** Add a building to the selection, or take it out when it is in. */
  toggleSelected: (row: number) => void;
  clearSelection: () => void;
}

/** Where the list is kept: loading it, kept in IndexedDB, or only in this page (no IndexedDB). */
export type ListStorage = 'loading' | 'stored' | 'memory';

/** A user's edit of a stored list, waiting to be written (persist/persist-idb.ts). */
export interface ListChange {
  /** The listRevision the edit made. */
  revision: number;
  /** The list it edits (listIdentity when it was made). */
  identity: string;
  op: ListOp;
}

/**
 * The candidate list (项目库) and its save state (slices/candidate-slice.ts); adding the selection
 * reads selectors, so it is in actions/candidate-actions.ts.
 */
export interface CandidateSlice {
  candidates: readonly CandidateEntry[];
  /** The stored list these entries are (see persist/persist-idb.ts); null before a dataset. */
  listIdentity: string | null;
  listStorage: ListStorage;
  /** Counts the user's changes; persist/persist-idb.ts saves each and sets listSaved to it. */
  listRevision: number;
  listSaved: number;
  /**
   * Edits of a stored list not yet written, oldest first (one that failed stays until a write
   * works). The list shown is the stored one with these on top.
   */
  listUnsaved: readonly ListChange[];
  /** The last save to the browser failed (the list is then on this page only until a save works). */
  listSaveFailed: boolean;
  /** The plan year the list panel shows; null = every year. */
  candidateYear: number | null;
  setCandidateYear: (year: number | null) => void;
  /** Add entries (read from a list file, or made from the selection), replacing those with the same keys. */
  mergeIntoList: (entries: readonly CandidateEntry[]) => { added: number; updated: number };
  removeFromList: (keys: Iterable<string>) => void;
  retypeInList: (keys: Iterable<string>, types: number) => void;
  clearList: () => void;
  /** persist/persist-idb.ts: the stored list for a dataset arrived (or storage is unavailable). */
  listLoaded: (identity: string, entries: readonly CandidateEntry[], storage: ListStorage) => void;
  listLoading: (identity: string) => void;
  /** The stored list as read again (another tab changed it): shown with this page's unsaved edits on top. */
  listSynced: (identity: string, stored: readonly CandidateEntry[]) => void;
  /** Every edit up to this revision is written. */
  markListSaved: (revision: number) => void;
  markListSaveFailed: () => void;
}

/** The day the figures stand on and the programmes edited in the page (slices/schedule-slice.ts). */
export interface ScheduleSlice {
  /** The day the figures stand on (days since 1970-01-01 UTC); null = as the files record it (today). */
  asOfDay: number | null;
  /**
   * Programmes the user loaded or edited in the app, by year; they replace the dataset's
   * programme of the same year (selectors/schedule-selectors.ts selectProgrammes).
   */
  programmeEdits: Programme[];
  setAsOfDay: (day: number | null) => void;
  /** Put in (or replace, by year) a loaded or edited programme. */
  putProgramme: (p: Programme) => void;
  /** Forget the edit of a year: the dataset's own programme shows again. */
  resetProgramme: (year: number) => void;
}

/** How the page presents itself: the language, and meeting mode (large type for a projector). */
export interface PresentationSlice {
  lang: Lang;
  /** Meeting mode: KPI cards against targets, the map and the street ranking, large and high-contrast. */
  meeting: boolean;
  /** What the user collapsed, and the full-map mode: kept between visits (persist/panel-layout.ts). */
  panels: PanelLayout;
  setLang: (lang: Lang) => void;
  setMeeting: (on: boolean) => void;
  setPanels: (patch: Partial<PanelLayout>) => void;
}

/** The whole store: every slice's fields and actions (store.ts puts them together). */
export type AtlasState = DataSlice &
  UiSlice &
  ViewSlice &
  FilterSlice &
  RulesSlice &
  MapSlice &
  SelectionSlice &
  CandidateSlice &
  ScheduleSlice &
  PresentationSlice;
