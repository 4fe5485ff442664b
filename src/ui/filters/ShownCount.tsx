import { Trans } from 'react-i18next';
import { useAtlas } from '../../state/store.ts';
import { selectShownCount } from '../../state/selectors/street-selectors.ts';
import { fmtInt } from '../format.ts';

/** "显示 N / 共 M 栋": the buildings the filter keeps out of those loaded; always on screen. */
export function ShownCount() {
  const { shown, total } = useAtlas(selectShownCount);
  const filtered = shown !== total;
  return (
    <p
      className={`shown-count${filtered ? ' filtered' : ''}`}
      data-testid="shown-count"
      data-shown={shown}
      data-total={total}
      aria-live="polite"
    >
      <Trans
        ns="filters"
        i18nKey="shown"
        values={{ shown: fmtInt(shown), total: fmtInt(total) }}
        components={{ strong: <strong /> }}
      />
    </p>
  );
}
