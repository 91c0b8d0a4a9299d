import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LAYERS, type Layer } from '../domain/anatomy';
import { selectLayerControls } from '../state/selectors';
import { useAppStore } from '../state/store';
import { capitalize, layerLabel } from './muscleLabels';

function LayerCheckbox({ layer, checked, peeled, onChange }: { layer: Layer; checked: boolean; peeled: boolean; onChange: (on: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = peeled;
  }, [peeled]);
  return (
    <label className="check">
      <input ref={ref} type="checkbox" checked={checked && !peeled} onChange={(e) => onChange(e.target.checked)} aria-describedby={peeled ? 'peel-note' : undefined} />
      {layerLabel(layer)} muscles
    </label>
  );
}

/**
 * Skin opacity, muscle layers, skeleton, X-ray, isolate/hide/show all. A layer peeled away over a
 * deep selection shows as a mixed checkbox; ticking it brings that layer back.
 */
export function LayersPanel() {
  const c = useAppStore(useShallow(selectLayerControls));
  const actions = useAppStore(
    useShallow((s) => ({
      setSkinOpacity: s.setSkinOpacity,
      setLayerVisible: s.setLayerVisible,
      setSkeleton: s.setSkeleton,
      setXray: s.setXray,
      isolateSelection: s.isolateSelection,
      hideSelected: s.hideSelected,
      showAll: s.showAll,
    })),
  );
  const percent = `${Math.round(c.skinOpacity * 100)}%`;

  return (
    <section role="region" aria-labelledby="layers-heading" className="panel">
      <h2 id="layers-heading">Layers</h2>
      <div className="slider">
        <label htmlFor="skin-opacity">Skin opacity</label>
        <input
          id="skin-opacity"
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={c.skinOpacity}
          aria-valuetext={percent}
          onChange={(e) => actions.setSkinOpacity(Number(e.target.value))}
        />
        <span className="slider-value" aria-hidden="true">
          {percent}
        </span>
      </div>
      <fieldset className="checks">
        <legend className="visually-hidden">Show</legend>
        {LAYERS.map((layer) => (
          <LayerCheckbox key={layer} layer={layer} checked={c.layers[layer]} peeled={c.peeled.includes(layer)} onChange={(on) => actions.setLayerVisible(layer, on)} />
        ))}
        {c.peeled.length > 0 && (
          <p id="peel-note" className="hint">
            {capitalize(c.peeled.join(' and '))} muscles over the selection are faded so you can see it. Tick a layer to bring it back.
          </p>
        )}
        <label className="check">
          <input type="checkbox" checked={c.skeleton} onChange={(e) => actions.setSkeleton(e.target.checked)} />
          Skeleton
        </label>
        <label className="check">
          <input type="checkbox" checked={c.xray} onChange={(e) => actions.setXray(e.target.checked)} aria-describedby="xray-hint" />
          X-ray
        </label>
        <p id="xray-hint" className="hint visually-hidden">
          Everything but the selection turns see-through.
        </p>
      </fieldset>
      <div className="button-row">
        <button type="button" onClick={actions.isolateSelection} disabled={!c.hasSelection}>
          Isolate selection
        </button>
        <button type="button" onClick={actions.hideSelected} disabled={!c.hasSelection}>
          Hide selected
        </button>
        <button type="button" onClick={actions.showAll}>
          Show all
        </button>
      </div>
    </section>
  );
}
