import type { Technique } from '../content/schema';

const PHASE: Record<string, string> = { acute: 'acute', subacute: 'subacute', chronic: 'chronic' };

/** Techniques for the muscle, each an expandable how-to (<details>). */
export function TechniqueList({ techniques }: { techniques: readonly Technique[] }) {
  if (techniques.length === 0) return null;
  return (
    <section className="content-section" aria-labelledby="techniques-heading">
      <h3 id="techniques-heading">Techniques</h3>
      {techniques.map((t) => (
        <details key={t.id} className="expander">
          <summary>{t.name}</summary>
          <p>{t.summary}</p>
          <p className="hint">
            Phase: {t.phases.map((p) => PHASE[p] ?? p).join(', ')}. {t.whenToUse}
          </p>
          <ol>
            {t.steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
          {t.cautions.length > 0 && (
            <ul className="cautions">
              {t.cautions.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </section>
  );
}
