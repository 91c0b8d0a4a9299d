import type { Pack } from '../../content/schema';
import { redFlagsOf } from './sheetSources';

/** "When to see a doctor": the pack's red flags, once per sheet (none when the pack has none). */
export function SheetSafety({ pack }: { pack: Pack }) {
  const flags = redFlagsOf(pack);
  if (flags.length === 0) return null;
  return (
    <section className="sheet-block sheet-red-flags">
      <h3>When to see a doctor instead</h3>
      <ul>
        {flags.map((f) => (
          <li key={f.id}>
            <strong>{f.name}.</strong> {f.description}
          </li>
        ))}
      </ul>
    </section>
  );
}
