import type { Exercise } from '../content/schema';

/** Self-care exercises for client homework: steps and dosage, each expandable. */
export function ExerciseList({ exercises }: { exercises: readonly Exercise[] }) {
  if (exercises.length === 0) return null;
  return (
    <section className="content-section" aria-labelledby="selfcare-heading">
      <h3 id="selfcare-heading">Self-care</h3>
      {exercises.map((x) => (
        <details key={x.id} className="expander">
          <summary>
            {x.name} <span className="tag">{x.kind}</span>
          </summary>
          <ol>
            {x.steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
          <p>
            <strong>Dosage:</strong> {x.dosage}
          </p>
          {x.cautions.length > 0 && (
            <ul className="cautions">
              {x.cautions.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </section>
  );
}
