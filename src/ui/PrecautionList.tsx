import type { Precaution } from '../content/schema';

const ACTION: Record<Precaution['action'], string> = { avoid: 'Avoid', modify: 'Modify', refer: 'Refer first' };

/** Muscle-specific cautions (highlighted) and the general precautions that apply. */
export function PrecautionList({ notes, precautions }: { notes: readonly string[]; precautions: readonly Precaution[] }) {
  if (notes.length === 0 && precautions.length === 0) return null;
  return (
    <section className="content-section precautions" aria-labelledby="precautions-heading">
      <h3 id="precautions-heading">
        <span aria-hidden="true">⚠ </span>Precautions
      </h3>
      {notes.length > 0 && (
        <ul className="caution-notes" aria-label="For this muscle">
          {notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      {precautions.length > 0 && (
        <dl className="precaution-list">
          {precautions.map((p) => (
            <div key={p.id}>
              <dt>
                {p.name} <span className={`tag tag-${p.action}`}>{ACTION[p.action]}</span>
              </dt>
              <dd>{p.description}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
