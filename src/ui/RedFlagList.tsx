import type { Precaution } from '../content/schema';

/** The red flags ("see a doctor instead") as a list: name, then the plain-language description. */
export function RedFlagList({ flags }: { flags: readonly Precaution[] }) {
  return (
    <ul>
      {flags.map((f) => (
        <li key={f.id}>
          <strong>{f.name}.</strong> {f.description}
        </li>
      ))}
    </ul>
  );
}
