import { useState } from 'react';

/**
 * The text of a box bound to a value in the store: what the user types stays while it reads as
 * the stored value (or as nothing yet), and the box shows the new value when it changes
 * elsewhere (the address, 清除). React's "adjust state when a prop changes" pattern, no effect.
 * @example const [text, setText] = useDraft(year, (y) => (y === null ? '' : String(y)), readYear)
 */
export function useDraft<T>(
  value: T,
  show: (v: T) => string,
  read: (text: string) => T | undefined,
): [string, (text: string) => void] {
  const [text, setText] = useState(() => show(value));
  const [seen, setSeen] = useState(value);
  if (!Object.is(value, seen)) {
    setSeen(value);
    if (!Object.is(read(text), value)) setText(show(value));
  }
  return [text, setText];
}
