import type { Pack } from '../../content/schema';
import { RedFlagList } from '../RedFlagList';
import { redFlags } from '../../domain/find';

/** "When to see a professional": the pack's red flags, always visible in the pain finder. */
export function RedFlags({ pack }: { pack: Pack | null }) {
  const flags = pack ? redFlags(pack) : [];
  return (
    <section className="panel red-flags" aria-labelledby="red-flags-heading">
      <h2 id="red-flags-heading">When to see a professional</h2>
      <p>Get medical help rather than treating it yourself if any of these apply:</p>
      <RedFlagList flags={flags} />
    </section>
  );
}
