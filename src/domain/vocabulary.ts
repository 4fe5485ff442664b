/**
 * The programme's fixed vocabularies: stages, safety grades, renovation types.
 * Codes are small integers so that a million buildings fit in Uint8Arrays;
 * 0 always means "not given".
 */

/** Ordered renovation stages (DOMAIN.md). Code 0 = not given. */
export const STAGES = [
  'none',
  'planned',
  'design',
  'demolition',
  'tender',
  'construction',
  'acceptance',
  'completed',
] as const;
export type Stage = (typeof STAGES)[number];

/** Stage code: index in STAGES + 1, so 0 is free for "not given". */
export const STAGE_CODE: Readonly<Record<Stage, number>> = Object.freeze(
  Object.fromEntries(STAGES.map((s, i) => [s, i + 1])) as Record<Stage, number>,
);
export const STAGE_NONE = STAGE_CODE.none;
/** Started (开工) = construction or later. */
export const STAGE_STARTED_MIN = STAGE_CODE.construction;
export const STAGE_COMPLETED = STAGE_CODE.completed;

/** Chinese labels shown in the UI for each stage. */
export const STAGE_LABEL_ZH: Readonly<Record<Stage, string>> = {
  none: '未纳入',
  planned: '已纳入计划',
  design: '设计',
  demolition: '拆违',
  tender: '招标',
  construction: '施工',
  acceptance: '验收',
  completed: '完工',
};

/** English labels for each stage, shown in the English interface. */
export const STAGE_LABEL_EN: Readonly<Record<Stage, string>> = {
  none: 'Not in plan',
  planned: 'Planned',
  design: 'Design',
  demolition: 'Demolition',
  tender: 'Tender',
  construction: 'Construction',
  acceptance: 'Acceptance',
  completed: 'Completed',
};

/** Every word seen in plans and reports for each stage (DOMAIN.md), plus English. */
export const STAGE_WORDS: Readonly<Record<Stage, readonly string[]>> = {
  none: ['未纳入', '未列入', '未纳入计划', '未列入计划', '无', 'none', 'not planned', 'not in plan'],
  planned: [
    '已纳入计划',
    '纳入计划',
    '已纳入',
    '已列入计划',
    '计划',
    '方案编制',
    '宣传发动',
    'planned',
    'plan',
    'planning',
  ],
  design: ['设计', '施工图设计', '设计中', 'design', 'designing'],
  demolition: ['拆违', '拆除违建', '拆除违章建筑', 'demolition'],
  tender: ['招标', '招投标', '选聘施工单位', '招标中', 'tender', 'tendering', 'bidding'],
  construction: [
    '施工',
    '施工中',
    '进场施工',
    '开工',
    '已开工',
    '在建',
    '全面整治',
    'construction',
    'under construction',
    'started',
    'in progress',
  ],
  acceptance: ['验收', '竣工验收', '检查验收', '验收中', 'acceptance', 'inspection'],
  completed: ['完工', '已完工', '竣工', '已竣工', '已完成', '完成', 'completed', 'complete', 'done', 'finished'],
};

/** Safety grades (JGJ 125). Code 0 = not given, 1..4 = A..D. */
export const GRADES = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_C = 3;
export const GRADE_D = 4;

/** Renovation types as bits, since one project can have several. */
export const RENOVATION_TYPES = ['basic', 'improvement', 'upgrade'] as const;
export type RenovationType = (typeof RENOVATION_TYPES)[number];
export const TYPE_BIT: Readonly<Record<RenovationType, number>> = { basic: 1, improvement: 2, upgrade: 4 };
export const TYPE_LABEL_ZH: Readonly<Record<RenovationType, string>> = {
  basic: '基础类',
  improvement: '完善类',
  upgrade: '提升类',
};
export const TYPE_LABEL_EN: Readonly<Record<RenovationType, string>> = {
  basic: 'Basic',
  improvement: 'Improvement',
  upgrade: 'Upgrade',
};
export const TYPE_WORDS: Readonly<Record<RenovationType, readonly string[]>> = {
  basic: ['基础类', '基础', '基础型', 'basic'],
  improvement: ['完善类', '完善', '完善型', 'improvement', 'improve', 'improved'],
  upgrade: ['提升类', '提升', '提升型', 'upgrade', 'upgraded'],
};

/** Complete-units flag: 0 not given, 1 complete (成套), 2 not complete (非成套). */
export const COMPLETE_YES = 1;
export const COMPLETE_NO = 2;

/** Decode a types bit mask into the list of types. */
export function typesFromMask(mask: number): RenovationType[] {
  return RENOVATION_TYPES.filter((t) => (mask & TYPE_BIT[t]) !== 0);
}

/** Stage name for a code, or null for 0 / out of range. */
export function stageFromCode(code: number): Stage | null {
  return code >= 1 && code <= STAGES.length ? STAGES[code - 1] : null;
}

/** Grade letter for a code, or null. */
export function gradeFromCode(code: number): Grade | null {
  return code >= 1 && code <= 4 ? GRADES[code - 1] : null;
}
