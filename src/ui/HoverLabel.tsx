import { useEffect, useRef } from 'react';
import { selectHover } from '../state/selectors';
import { useAppStore } from '../state/store';
import { sidedLabel } from './muscleLabels';

/**
 * The hovered muscle's name next to the pointer. The text changes only when the hovered muscle
 * does; the position follows the pointer through a style write, without React renders.
 */
export function HoverLabel() {
  const hover = useAppStore(selectHover);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const label = ref.current;
    const host = label?.parentElement;
    if (!label || !host) return;
    const onMove = (e: PointerEvent) => {
      const rect = host.getBoundingClientRect();
      const x = e.clientX - rect.left;
      const y = e.clientY - rect.top;
      const flip = x > rect.width - 220;
      label.style.transform = `translate(${Math.round(flip ? x - 14 : x + 14)}px, ${Math.round(y + 16)}px)${flip ? ' translateX(-100%)' : ''}`;
    };
    host.addEventListener('pointermove', onMove);
    return () => host.removeEventListener('pointermove', onMove);
  }, []);

  return (
    <div ref={ref} className="hover-label" aria-hidden="true" hidden={!hover}>
      {hover ? sidedLabel(hover.muscleId, hover.side) : ''}
    </div>
  );
}
