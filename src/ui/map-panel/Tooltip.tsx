import { useLayoutEffect, useMemo, useRef } from 'react';
import { buildingKeyFacts, communityKeyFacts, type Fact } from '../../domain/building-facts.ts';
import { useT } from '../../i18n/index.ts';
import { selectCommunityStages, selectCommunityTotals, selectHovered } from '../../state/selectors/map-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import './details.css';

const OFFSET = 14;

/** The key facts of the building or community under the pointer, beside the pointer. */
export function MapTooltip() {
  const hovered = useAtlas(selectHovered);
  const totals = useAtlas(selectCommunityTotals);
  const stages = useAtlas(selectCommunityStages);
  const box = useRef<HTMLDivElement>(null);
  const { t, lang } = useT('detail');
  const facts = useMemo((): Fact[] | null => {
    if (!hovered) return null;
    const d = hovered.dataset;
    if (hovered.kind === 'building') return buildingKeyFacts(d.buildings, hovered.index, lang);
    const c = d.communities[hovered.index];
    return c && totals && stages ? communityKeyFacts(c, hovered.index, totals, stages[hovered.index], lang) : null;
  }, [hovered, totals, stages, lang]);

  // Beside the pointer, flipped to its other side near the map's right or bottom edge.
  useLayoutEffect(() => {
    const el = box.current;
    const frame = el?.parentElement;
    if (!el || !frame || !hovered) return;
    const x =
      hovered.x + OFFSET + el.offsetWidth > frame.clientWidth
        ? hovered.x - OFFSET - el.offsetWidth
        : hovered.x + OFFSET;
    const y =
      hovered.y + OFFSET + el.offsetHeight > frame.clientHeight
        ? hovered.y - OFFSET - el.offsetHeight
        : hovered.y + OFFSET;
    el.style.transform = `translate(${Math.max(0, x)}px, ${Math.max(0, y)}px)`;
  }, [hovered, facts]);

  if (!hovered || !facts) return null;
  return (
    <div
      ref={box}
      className="map-tooltip"
      role="tooltip"
      data-testid="map-tooltip"
      data-kind={hovered.kind}
      data-index={hovered.index}
    >
      <div className="tooltip-kind">{t(hovered.kind === 'building' ? 'building' : 'community')}</div>
      <dl>
        {facts.map((f) => (
          <div key={f.key} data-field={f.key}>
            <dt>{lang === 'en' && f.en !== '' ? f.en : f.zh}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
