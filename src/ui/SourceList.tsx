import type { Source } from '../content/schema';
import { citation } from './packLookup';

/** Bibliographic references (author, year, title, edition, publisher or journal). */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <section className="content-section" aria-labelledby="sources-heading">
      <h3 id="sources-heading">Sources</h3>
      <ol className="sources">
        {sources.map((s) => (
          <li key={s.id}>{citation(s)}</li>
        ))}
      </ol>
    </section>
  );
}
