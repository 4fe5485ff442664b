/**
 * Remember a function's last result: selectors return the same object while their inputs are
 * the same objects, so React re-renders only when the figures change.
 * @example const sum = memoLast((xs: number[]) => xs.reduce((a, b) => a + b, 0)); sum(xs) === sum(xs)
 */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A): R => {
    if (lastArgs && lastArgs.length === args.length && args.every((a, i) => Object.is(a, (lastArgs as A)[i])))
      return lastResult;
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}
