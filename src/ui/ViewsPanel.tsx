import { useAppStore } from '../state/store';
import type { ViewName } from '../state/viewSlice';

const VIEWS: ReadonlyArray<{ view: ViewName; label: string; title: string }> = [
  { view: 'front', label: 'Front', title: 'View the body from the front (anterior view)' },
  { view: 'back', label: 'Back', title: 'View the body from behind (posterior view)' },
  { view: 'left', label: 'Left', title: "View the patient's left side (camera at the patient's left)" },
  { view: 'right', label: 'Right', title: "View the patient's right side (camera at the patient's right)" },
  { view: 'top', label: 'Top', title: 'View the body from above' },
  { view: 'reset', label: 'Reset view', title: 'Show the whole body from the front' },
];

/** Preset camera views. Left/Right name the patient's side that faces you. */
export function ViewsPanel() {
  const requestView = useAppStore((s) => s.requestView);
  return (
    <section role="region" aria-labelledby="views-heading" className="panel">
      <h2 id="views-heading">Views</h2>
      <div className="view-grid">
        {VIEWS.map((v) => (
          <button key={v.view} type="button" title={v.title} onClick={() => requestView(v.view)}>
            {v.label}
          </button>
        ))}
      </div>
      <p className="hint">Left and Right show the patient’s left and right sides.</p>
    </section>
  );
}
