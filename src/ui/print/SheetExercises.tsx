import type { ItemExercises } from './sheetExercisePlan';

/**
 * The self-care exercises of one sheet item, always expanded: steps, dosage and cautions. On screen
 * each has a tick box; only ticked ones print (unticked ones stay visible, dimmed, so they can be
 * ticked again). An exercise already printed under an earlier muscle gets one line pointing there.
 */
export function SheetExercises({ exercises, excluded, onToggle }: { exercises: ItemExercises; excluded: ReadonlySet<string>; onToggle: (exerciseId: string, include: boolean) => void }) {
  const above = exercises.shownAbove.filter((a) => !excluded.has(a.exercise.id));
  if (exercises.full.length === 0 && above.length === 0) return null;
  return (
    <section className="sheet-block">
      <h4>Your exercises</h4>
      {above.length > 0 && (
        <ul className="sheet-above">
          {above.map(({ exercise, under }) => (
            <li key={exercise.id}>
              “{exercise.name}”: see above, under {under}.
            </li>
          ))}
        </ul>
      )}
      {exercises.full.map((x) => {
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
