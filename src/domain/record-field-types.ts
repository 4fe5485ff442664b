/** The record fields of buildings and communities: their keys, how their cells are read, and their names. */

/** How a field's cells are read. */
export type FieldKind =
  'text' | 'quantity' | 'coord' | 'year' | 'grade' | 'yesno' | 'types' | 'stage' | 'planYear' | 'date';

export interface FieldDef {
  key: FieldKey;
  kind: FieldKind;
  /** Chinese label, as in the published plan tables. */
  zh: string;
  en: string;
  /** Header words (normalized: half-width, lower-case, no spaces). */
  words: readonly string[];
}

export type FieldKey =
  | 'id'
  | 'seq'
  | 'name'
  | 'communityId'
  | 'community'
  | 'street'
  | 'shequ'
  | 'area'
  | 'lng'
  | 'lat'
  | 'buildYear'
  | 'floors'
  | 'buildingCount'
  | 'households'
  | 'floorAreaM2'
  | 'grade'
  | 'completeUnits'
  | 'types'
  | 'stage'
  | 'planYear'
  | 'startDate'
  | 'completionDate'
  | 'acceptanceDate'
  | 'investmentYuan';
