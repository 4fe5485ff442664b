/**
 * Meeting mode (会议模式), for a projector: the page keeps its components — the KPI cards, the
 * map (one MapLibre instance, never remade) — and `.app.meeting` (meeting.css) lays them out
 * large and high-contrast with this module's title bar and the street ranking, hiding the rest.
 * Arrow keys step through the street offices in ranking order; Home or Esc shows the whole
 * district, Esc there (or the exit button) leaves meeting mode.
 */
import { useEffect, useState } from 'react';
import { stepStreet, type RankMeasure } from '../../domain/ranking.ts';
import { useT } from '../../i18n/index.ts';
import { selectOtherFilters, selectStreetRanking } from '../../state/selectors/ranking-selectors.ts';
import { selectCheckDay } from '../../state/selectors/schedule-selectors.ts';
import { selectProgramme } from '../../state/selectors/figure-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { selectStreet } from '../../state/selectors/street-selectors.ts';
import { fmtDay } from '../format.ts';
import { StreetRanking } from './StreetRanking.tsx';
import './meeting.css';
import './street-ranking.css';
import './meeting-en.css';

/** The header's switch into meeting mode (out of it: the title bar's exit button, or Esc). */
export function MeetingSwitch() {
  const { t } = useT('meeting');
  const meeting = useAtlas((s) => s.meeting);
  const setMeeting = useAtlas((s) => s.setMeeting);
  return (
    <button
      type="button"
      className="button meeting-switch"
      data-testid="meeting-switch"
      aria-pressed={meeting}
      title={t('switchTitle')}
      onClick={() => setMeeting(!meeting)}
    >
      {t('switch')}
    </button>
  );
}

/**
 * The title bar and the street ranking, placed by meeting.css in the page's layout grid; nothing
 * outside meeting mode.
 */
export function MeetingView() {
  const meeting = useAtlas((s) => s.meeting);
  const [order, setOrder] = useState<RankMeasure>('start');
  useMeetingKeys(meeting, order);
  useEffect(() => {
    // The meeting layout is one screen high: start it at the top.
    if (meeting) window.scrollTo(0, 0);
  }, [meeting]);
  if (!meeting) return null;
  return (
    <>
      <MeetingBar />
      <StreetRanking order={order} onOrder={setOrder} />
    </>
  );
}

function MeetingBar() {
  const { t, lang } = useT('meeting');
  const programme = useAtlas(selectProgramme);
  const year = useAtlas((s) => s.year);
  const day = useAtlas(selectCheckDay);
  const asOfDay = useAtlas((s) => s.asOfDay);
  const street = useAtlas(selectStreet);
  const otherFilters = useAtlas(selectOtherFilters);
  const setMeeting = useAtlas((s) => s.setMeeting);
  const district = programme?.district ?? '';
  const name = programme?.name ?? '';
  return (
    <header className="meeting-bar" data-testid="meeting-bar">
      <h1 className="meeting-title">
        {district && !name.includes(district) && <span className="meeting-district">{district}</span>}
        {name && <span className="meeting-programme">{name}</span>}
        {!name && !district && t('common:appTitle')}
      </h1>
      <span className="meeting-fact" data-testid="meeting-year">
        {year === null ? t('allYears') : t('planYear', { year })}
      </span>
      <span className="meeting-fact" data-testid="meeting-asof">
        {t(asOfDay === null ? 'asOfRecorded' : 'asOf', { date: fmtDay(day, lang) })}
      </span>
      <span className="meeting-scope" data-testid="meeting-scope" data-street={street ?? ''}>
        {street ?? t('wholeDistrict')}
      </span>
      {otherFilters && (
        <span className="meeting-filtered" data-testid="meeting-filtered" title={t('otherFiltersTitle')}>
          {t('otherFilters')}
        </span>
      )}
      <button
        type="button"
        className="meeting-exit"
        data-testid="meeting-exit"
        title={t('exitTitle')}
        onClick={() => setMeeting(false)}
      >
        {t('exit')}
      </button>
    </header>
  );
}

/** Keys typed into a field are the field's. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * ←/→ (and ↑/↓) step through the street offices in ranking order, from the whole district to the
 * first and from the last back to it; Home shows the whole district; Esc too, and Esc on the
 * whole district leaves meeting mode. Listened to before the map (capture), whose own arrow keys
 * would pan it.
 */
function useMeetingKeys(meeting: boolean, order: RankMeasure): void {
  useEffect(() => {
    if (!meeting) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || isTyping(e.target)) return;
      const s = useAtlas.getState();
      const step = (dir: 1 | -1): void => {
        const keys = selectStreetRanking(s, order)
          .map((r) => r.row.key)
          .filter((k) => k !== '');
        s.setStreet(stepStreet(keys, selectStreet(s), dir));
      };
      switch (e.key) {
        case 'ArrowRight':
        case 'ArrowDown':
          step(1);
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
          step(-1);
          break;
        case 'Home':
          s.setStreet(null);
          break;
        case 'Escape':
          if (s.filter.street !== null) s.setStreet(null);
          else s.setMeeting(false);
          break;
        default:
          return;
      }
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [meeting, order]);
}
