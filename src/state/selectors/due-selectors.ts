/**
 * What the chosen year's programme asks for by the check day (src/domain/due-progress.ts): the
 * shares due to have started and completed, for the marks on the progress bars.
 */
import { dueShares, type DueShares } from '../../domain/due-progress.ts';
import type { Programme } from '../../domain/programme.ts';
import { memoLast } from '../memo-last.ts';
import { selectProgramme } from './figure-selectors.ts';
import { selectCheckDay } from './schedule-selectors.ts';
import type { AtlasState } from '../state-types.ts';

const dueOf = memoLast((p: Programme | null, day: number): DueShares | null => (p ? dueShares(p, day) : null));

/**
 * Shares of the chosen year's programme due by the check day (the as-of day, else today); null
 * with every plan year shown or no programme for the year (each building's year has its own
 * steps, and one mark cannot stand for them all).
 */
export const selectDueShares = (s: AtlasState): DueShares | null => dueOf(selectProgramme(s), selectCheckDay(s));
