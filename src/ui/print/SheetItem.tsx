import type { Pack, Precaution } from '../../content/schema';
import { layDescription } from '../../domain/find';
import type { HomeworkItem } from '../../state/homeworkSlice';
import { sidedLabel } from '../muscleLabels';
import { muscleContent, precautionsFor, regionsFor } from '../packLookup';
import { BodyPictures } from './BodyPictures';
import { holdAdvice, mergeHolds, STOP_ADVICE } from './holdAdvice';
import { painWhere } from './painWords';
import { SheetExercises } from './SheetExercises';
import type { ItemExercises } from './sheetExercisePlan';

/** What a precaution means for the client (the pack's descriptions are written for therapists). */
export const CLIENT_ACTION: Record<Precaution['action'], string> = {
  avoid: 'do not press or stretch here.',
  modify: 'if this applies to you, go gently and tell your therapist first.',
  refer: 'if this applies to you, see a doctor before doing these exercises.',
};

/**
 * One muscle on the homework sheet: its name and where it is in plain words, where the pain goes,
 * the body pictures, the ticked self-care exercises, self-pressure guidance and the precautions.
 */
export function SheetItem({ pack, item, exercises, excluded, onToggle }: { pack: Pack; item: HomeworkItem; exercises: ItemExercises; excluded: ReadonlySet<string>; onToggle: (exerciseId: string, include: boolean) => void }) {
  const muscle = muscleContent(pack, item.muscleId);
  const label = sidedLabel(item.muscleId, item.side);
  if (!muscle) {
    return (
      <section className="sheet-item">
        <h3>{label}</h3>
        <p>The active content pack has nothing on this muscle.</p>
      </section>
    );
  }
  const one = item.triggerPointId ? muscle.triggerPoints.find((t) => t.id === item.triggerPointId) : undefined;
  const trps = one ? [one] : muscle.triggerPoints;
  const hold = mergeHolds(trps.map((t) => t.hold));
  const regionName = (id: string) => regionsFor(pack, [id])[0]?.name;
  const precautions = precautionsFor(pack, muscle).filter((p) => !p.id.startsWith('red-flag-'));
  return (
    <section className="sheet-item" aria-label={label}>
      {/* Kept on one page: the name never ends a page without its pictures. */}
      <div className="sheet-item-head">
        <h3>{label}</h3>
        <p className="sheet-lay">This is {layDescription(muscle, regionName)}.</p>
        <p>{painWhere(pack, trps, item.side)}</p>
        <ul className="sheet-feels">
          {trps.map((t) => (
            <li key={t.id}>{t.symptoms}</li>
          ))}
        </ul>
        <BodyPictures item={item} label={label.toLowerCase()} />
      </div>
      <SheetExercises exercises={exercises} excluded={excluded} onToggle={onToggle} />
      {hold && (
        <section className="sheet-block sheet-hold">
          <h4>Pressing on the tender spot</h4>
          <p>{holdAdvice(hold)}</p>
          <p>{STOP_ADVICE}</p>
        </section>
      )}
      {(muscle.precautions.notes.length > 0 || precautions.length > 0) && (
        <section className="sheet-block sheet-precautions">
          <h4>Take care</h4>
          {precautions.length > 0 && (
            <ul>
              {precautions.map((p) => (
                <li key={p.id}>
                  <strong>{p.name}:</strong> {CLIENT_ACTION[p.action]}
                </li>
              ))}
            </ul>
          )}
          {muscle.precautions.notes.length > 0 && (
            <ul className="sheet-small" aria-label="Notes for this muscle">
              {muscle.precautions.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          )}
        </section>
      )}
    </section>
  );
}
