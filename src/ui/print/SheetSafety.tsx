import type { Pack } from '../../content/schema';
import { RedFlagList } from '../RedFlagList';
import { redFlags } from '../../domain/find';

/** "When to see a doctor": the pack's red flags, once per sheet (none when the pack has none). */
export function SheetSafety({ pack }: { pack: Pack }) {
  const flags = redFlags(pack);
  if (flags.length === 0) return null;
  return (
    <section className="sheet-block sheet-red-flags">
      <h3>When to see a doctor instead</h3>
      <RedFlagList flags={flags} />
    </section>
  );
}
