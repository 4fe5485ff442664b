import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { useT } from '../../i18n/index.ts';
import {
  selectHasSchedule,
  selectSchedule,
  selectScheduleSpan,
  todayDay,
} from '../../state/selectors/schedule-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { fmtDay, fmtInt, isoDay } from '../format.ts';
import { DateField } from './DateField.tsx';
import { readDayText, showDayText } from './day-text.ts';
import { ProgrammeButton } from './ProgrammeDialog.tsx';
import { useDraft } from '../use-draft.ts';
import './schedule.css';

/** Days a play tick moves on, and ticks a second (a year plays in about 13 s). */
export const PLAY_STEP_DAYS = 7;
const TICK_MS = 250;

/** The first and last day the slider runs over. */
type ScheduleSpan = { first: number; last: number };

/**
 * The day the figures stand on: a date (empty = as the files record it, overdue judged on
 * today), a slider over the programme's steps and stage dates, and play, which steps a week at
 * a time to the last date and stops; at its end the 年度计划 button (ProgrammeDialog). Cards,
 * table, map and legend read the day through selectViewDataset, so they follow.
 */
export function AsOfControl() {
  const { t } = useT('schedule');
  const hasData = useAtlas((s) => s.dataset !== null);
  const day = useAtlas((s) => s.asOfDay);
  const setDay = useAtlas((s) => s.setAsOfDay);
  const span = useAtlas(selectScheduleSpan);
  const [playing, setPlaying] = usePlay(span, day);

  if (!hasData) return null;
  const sliderDay = span ? Math.min(span.last, Math.max(span.first, day ?? todayDay())) : 0;
  return (
    <section
      className="asof-strip"
      data-testid="asof-control"
      data-day={day === null ? '' : isoDay(day)}
      data-playing={playing}
      aria-label={t('asOf.label')}
    >
      <label className="asof-date">
        <span className="picker-label">{t('asOf.label')}</span>
        <AsOfDate day={day} span={span} onDay={setDay} />
      </label>
      {span && (
        <>
          <button
            type="button"
            className="button small"
            data-testid="asof-play"
            aria-pressed={playing}
            title={t('asOf.playTitle')}
            onClick={() => setPlaying((p) => !p)}
          >
            {playing ? t('asOf.pause') : t('asOf.play')}
          </button>
          <input
            type="range"
            className="asof-slider"
            data-testid="asof-slider"
            aria-label={t('asOf.slider')}
            min={span.first}
            max={span.last}
            step={1}
            value={sliderDay}
            onChange={(e) => setDay(Number(e.target.value))}
          />
        </>
      )}
      <button
        type="button"
        className="button small"
        data-testid="asof-today"
        disabled={day === null && !playing}
        title={t('asOf.todayTitle')}
        onClick={() => (setPlaying(false), setDay(null))}
      >
        {t('asOf.today')}
      </button>
      <AsOfNote day={day} />
      {/* The programme whose steps decide what is overdue, beside the day it is judged on
          (the header is full in English). */}
      <ProgrammeButton />
    </section>
  );
}

/**
 * The day as a date typed or picked: YYYY-MM-DD in either language. A whole date moves the page
 * to it at once; an emptied box goes back to the stages as recorded; on leaving, the box shows the
 * day in force as YYYY-MM-DD (2023年5月10日 typed, or a half-typed date, alike).
 */
function AsOfDate({
  day,
  span,
  onDay,
}: {
  day: number | null;
  span: ScheduleSpan | null;
  onDay: (day: number | null) => void;
}) {
  const { t } = useT('schedule');
  const [text, setText] = useDraft(day, showDayText, readDayText);
  return (
    <DateField
      text={text}
      testId="asof-date"
      title={t('asOf.dateTitle')}
      min={span ? isoDay(span.first) : undefined}
      max={span ? isoDay(span.last) : undefined}
      onText={(v) => {
        setText(v);
        const d = readDayText(v);
        if (d !== undefined && d !== day) onDay(d);
      }}
      onBlur={() => setText(showDayText(day))}
    />
  );
}

/**
 * Play: whether it runs, and the effect that steps the day on while it does.
 * Each step waits until the previous one has been drawn, then TICK_MS: on a city of a million
 * buildings (a step costs ~150 ms of CPU, docs/benchmarks.md) play slows down instead of
 * piling work up and leaving the pause button unanswered.
 */
function usePlay(span: ScheduleSpan | null, day: number | null): [boolean, Dispatch<SetStateAction<boolean>>] {
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing || !span) return;
    let timer = 0;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        const cur = useAtlas.getState().asOfDay;
        const next = cur === null || cur >= span.last ? span.first : Math.min(span.last, cur + PLAY_STEP_DAYS);
        useAtlas.getState().setAsOfDay(next);
        if (next >= span.last) setPlaying(false);
      }, TICK_MS);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [playing, span, day]);
  return [playing, setPlaying];
}

/** What the day means: as recorded or on a date, and the buildings overdue on it (or that no programme is loaded). */
function AsOfNote({ day }: { day: number | null }) {
  const { t, lang } = useT('schedule');
  const hasSchedule = useAtlas(selectHasSchedule);
  const overdue = useAtlas((s) => selectSchedule(s)?.overdueCount ?? 0);
  return (
    <span className="asof-note" data-testid="asof-note">
      {day === null ? t('asOf.recorded') : t('asOf.on', { date: fmtDay(day, lang) })}
      {hasSchedule ? (
        <strong className={overdue > 0 ? 'asof-overdue' : undefined} data-testid="asof-overdue" data-value={overdue}>
          {t('asOf.overdue', { n: fmtInt(overdue) })}
        </strong>
      ) : (
        <span className="asof-muted">{t('asOf.noSchedule')}</span>
      )}
    </span>
  );
}
