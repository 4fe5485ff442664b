import { useRef } from 'react';
import { useT } from '../../i18n/index.ts';
import { isoOfText } from './day-text.ts';
import './date-field.css';

interface DateFieldProps {
  /** What the box holds: YYYY-MM-DD as shown, or whatever is being typed. */
  text: string;
  /** Typed text, or a day picked on the calendar (YYYY-MM-DD). */
  onText: (text: string) => void;
  onBlur?: () => void;
  testId: string;
  label?: string;
  title?: string;
  invalid?: boolean;
  /** The calendar's first and last day, YYYY-MM-DD. */
  min?: string;
  max?: string;
}

/**
 * A date typed as text (YYYY-MM-DD, or 2023/5/10, 2023年5月10日 …) with a calendar button beside
 * it. A native date input would write the date in the browser's order (mm/dd/yyyy in an
 * English-language browser) in the Chinese page; this box writes YYYY-MM-DD in both languages and
 * opens the browser's calendar (showPicker) on a date input kept out of sight behind the button.
 */
export function DateField({ text, onText, onBlur, testId, label, title, invalid, min, max }: DateFieldProps) {
  const { t } = useT('schedule');
  const calendar = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLInputElement>(null);
  const openCalendar = (): void => {
    try {
      calendar.current?.showPicker();
    } catch {
      box.current?.focus(); // no calendar here: typing still works
    }
  };
  return (
    <span className="date-field">
      <input
        ref={box}
        type="text"
        className="date-text"
        data-testid={testId}
        value={text}
        size={10}
        spellCheck={false}
        autoComplete="off"
        placeholder={t('dateField.placeholder')}
        aria-label={label}
        title={title}
        aria-invalid={invalid ? true : undefined}
        onChange={(e) => onText(e.target.value)}
        onBlur={onBlur}
      />
      <button
        type="button"
        className="date-calendar"
        data-testid={`${testId}-calendar`}
        aria-label={t('dateField.calendar')}
        title={t('dateField.calendar')}
        onClick={openCalendar}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
        </svg>
      </button>
      <input
        ref={calendar}
        type="date"
        className="date-calendar-input"
        tabIndex={-1}
        aria-hidden="true"
        value={isoOfText(text)}
        min={min}
        max={max}
        onChange={(e) => e.target.value !== '' && onText(e.target.value)}
      />
    </span>
  );
}
