/**
 * What the filter's choices are called on screen, in Chinese and in English (one shown, by the
 * language in force). The keys are the
 * domain's (building-filter.ts) and the address's (`?grade=C,D`).
 */
import type { CompleteKey, EligibilityKey, GradeKey, TypeKey } from '../../domain/building-filter.ts';
import { STAGE_LABEL_EN, STAGE_LABEL_ZH, STAGES, type Stage } from '../../domain/vocabulary.ts';

export interface Choice<K extends string> {
  key: K;
  zh: string;
  en: string;
}

export const GRADE_CHOICES: readonly Choice<GradeKey>[] = [
  { key: 'A', zh: 'A级', en: 'A' },
  { key: 'B', zh: 'B级', en: 'B' },
  { key: 'C', zh: 'C级 局部危房', en: 'C, partly unsafe' },
  { key: 'D', zh: 'D级 整幢危房', en: 'D, whole building unsafe' },
  { key: 'unknown', zh: '未鉴定/不详', en: 'Not appraised' },
];

export const COMPLETE_CHOICES: readonly Choice<CompleteKey>[] = [
  { key: 'yes', zh: '成套', en: 'Complete' },
  { key: 'no', zh: '非成套', en: 'Non-complete' },
  { key: 'unknown', zh: '未填写', en: 'Not given' },
];

export const TYPE_CHOICES: readonly Choice<TypeKey>[] = [
  { key: 'basic', zh: '基础类', en: 'Basic' },
  { key: 'improvement', zh: '完善类', en: 'Improvement' },
  { key: 'upgrade', zh: '提升类', en: 'Upgrade' },
  { key: 'none', zh: '未定', en: 'None given' },
];

export const STAGE_CHOICES: readonly Choice<Stage>[] = STAGES.map((key) => ({
  key,
  zh: STAGE_LABEL_ZH[key],
  en: STAGE_LABEL_EN[key],
}));

export const ELIGIBILITY_CHOICES: readonly Choice<EligibilityKey>[] = [
  { key: 'eligible', zh: '符合条件', en: 'Eligible' },
  { key: 'not', zh: '不符合条件', en: 'Not eligible' },
  { key: 'year', zh: '因：建成年代', en: 'By build year' },
  { key: 'gradeC', zh: '因：C级', en: 'By grade C' },
  { key: 'nonComplete', zh: '因：非成套', en: 'By non-complete units' },
  { key: 'reserve', zh: '储备（上限内）', en: 'Reserve, within cap' },
  { key: 'reserveOver', zh: '储备（超出上限）', en: 'Reserve, over cap' },
  { key: 'gradeD', zh: 'D级危房', en: 'Grade D' },
];
