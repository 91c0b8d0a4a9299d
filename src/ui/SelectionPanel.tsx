import { getMuscle, otherSide, sideName } from '../domain/anatomy';
import { selectSelection } from '../state/selectors';
import { useAppStore } from '../state/store';
import { MuscleContentPanel } from './MuscleContentPanel';
import { layerLabel, regionLabel, sideLabel, sidedLabel } from './muscleLabels';

/** The selected muscle: name with side, side, layer, region, aliases; switch side; clear; its content. */
export function SelectionPanel() {
  const selection = useAppStore(selectSelection);
  const notice = useAppStore((s) => s.routeNotice);
  const switchSide = useAppStore((s) => s.switchSide);
  const clearSelection = useAppStore((s) => s.clearSelection);
  const setRouteNotice = useAppStore((s) => s.setRouteNotice);
  const muscle = selection ? getMuscle(selection.muscleId) : undefined;

  return (
    <section role="region" aria-labelledby="selection-heading" className="panel selection-panel">
      {notice && (
        <div className="notice">
          <p>{notice}</p>
          <button type="button" className="link-button" onClick={() => setRouteNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      {selection && muscle ? (
        <>
          <h2 id="selection-heading">{sidedLabel(muscle.id, selection.side)}</h2>
          <dl className="facts">
            <dt>Side</dt>
            <dd>{sideLabel(selection.side)}</dd>
            <dt>Layer</dt>
            <dd>{layerLabel(muscle.layer)}</dd>
            <dt>Region</dt>
            <dd>{regionLabel(muscle.id)}</dd>
            {muscle.aliases.length > 0 && (
              <>
                <dt>Also called</dt>
                <dd>{muscle.aliases.join(', ')}</dd>
              </>
            )}
          </dl>
          <div className="button-row">
            <button type="button" onClick={switchSide} title={`Select the ${sidedLabel(muscle.id, otherSide(selection.side)).toLowerCase()}`}>
              Switch to {sideName(otherSide(selection.side)).toLowerCase()} side
            </button>
            <button type="button" onClick={clearSelection}>
              Clear selection
            </button>
          </div>
          <MuscleContentPanel muscleId={muscle.id} side={selection.side} />
        </>
      ) : (
        <>
          <h2 id="selection-heading">No muscle selected</h2>
          <p className="hint">Click a muscle on the body, or pick one from the list or the search.</p>
        </>
      )}
    </section>
  );
}
