/**
 * What the filter's choices are called on screen, Chinese then English. The keys are the
 * domain's (building-filter.ts) and the address's (`?grade=C,D`).
 */
import type { CompleteKey, EligibilityKey, GradeKey, TypeKey } from '../domain/building-filter.ts';
import { STAGE_LABEL_EN, STAGE_LABEL_ZH, STAGES, type Stage } from '../domain/vocabulary.ts';

export interface Choice<K extends string> {
  key: K;
  zh: string;
  en: string;
}

export const GRADE_CHOICES: readonly Choice<GradeKey>[] = [
  { key: 'A', zh: 'A级', en: 'A' },
  { key: 'B', zh: 'B级', en: 'B' },
  { key: 'C', zh: 'C级 局部危房', en: 'C' },
  { key: 'D', zh: 'D级 整幢危房', en: 'D' },
  { key: 'unknown', zh: '未鉴定/不详', en: 'not appraised' },
];

export const COMPLETE_CHOICES: readonly Choice<CompleteKey>[] = [
  { key: 'yes', zh: '成套', en: 'complete' },
  { key: 'no', zh: '非成套', en: 'non-complete' },
  { key: 'unknown', zh: '未填写', en: 'not given' },
];

export const TYPE_CHOICES: readonly Choice<TypeKey>[] = [
  { key: 'basic', zh: '基础类', en: 'basic' },
  { key: 'improvement', zh: '完善类', en: 'improvement' },
  { key: 'upgrade', zh: '提升类', en: 'upgrade' },
  { key: 'none', zh: '未定', en: 'none given' },
];

export const STAGE_CHOICES: readonly Choice<Stage>[] = STAGES.map((key) => ({ key, zh: STAGE_LABEL_ZH[key], en: STAGE_LABEL_EN[key] }));

export const ELIGIBILITY_CHOICES: readonly Choice<EligibilityKey>[] = [
  { key: 'eligible', zh: '符合条件', en: 'eligible' },
  { key: 'not', zh: '不符合条件', en: 'not eligible' },
  { key: 'year', zh: '因：建成年代', en: 'by build year' },
  { key: 'gradeC', zh: '因：C级', en: 'by grade C' },
  { key: 'nonComplete', zh: '因：非成套', en: 'by non-complete units' },
  { key: 'reserve', zh: '储备（上限内）', en: 'reserve, within cap' },
  { key: 'reserveOver', zh: '储备（超出上限）', en: 'reserve, over cap' },
  { key: 'gradeD', zh: 'D级危房', en: 'grade D' },
];
