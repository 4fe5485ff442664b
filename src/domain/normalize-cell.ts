/** The one clean-up every value parser starts from. */

/**
 * Full-width ASCII (Ｃ级, １９９５, （）) to half-width, ideographic space to space, trimmed.
 * @example normalizeCell(' １９９５年 ') // '1995年'
 */
export function normalizeCell(s: string): string {
  let out = s;
  // Fast path: most cells are plain ASCII or CJK without full-width forms.
  if (/[\uFF01-\uFF5E\u3000]/.test(out)) {
    out = out.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
  }
  return out.trim();
}
