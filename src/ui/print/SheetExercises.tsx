import type { Exercise } from '../../content/schema';

/**
 * The self-care exercises of one sheet item, always expanded: steps, dosage and cautions. On screen
 * each has a tick box; only ticked ones print (unticked ones stay visible, dimmed, so they can be
 * ticked again).
 */
export function SheetExercises({ exercises, excluded, onToggle }: { exercises: readonly Exercise[]; excluded: ReadonlySet<string>; onToggle: (exerciseId: string, include: boolean) => void }) {
  if (exercises.length === 0) return null;
  return (
    <section className="sheet-block">
      <h4>Your exercises</h4>
      {exercises.map((x) => {
        const included = !excluded.has(x.id);
        return (
          <div key={x.id} className={`sheet-exercise${included ? '' : ' sheet-excluded'}`} data-included={included}>
            <label className="sheet-include screen-only">
              <input type="checkbox" checked={included} onChange={(e) => onToggle(x.id, e.target.checked)} />
              Print “{x.name}”
            </label>
            <h5>{x.name}</h5>
            <ol>
              {x.steps.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ol>
            <p>
              <strong>How much:</strong> {x.dosage}
            </p>
            {x.cautions.length > 0 && (
              <ul className="sheet-cautions">
                {x.cautions.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
