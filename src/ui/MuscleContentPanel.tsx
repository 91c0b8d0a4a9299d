import type { Side } from '../domain/anatomy';
import { useAppStore } from '../state/store';
import { ExerciseList } from './ExerciseList';
import { exercisesFor, muscleContent, precautionsFor, sourcesFor, techniquesFor } from './packLookup';
import { PrecautionList } from './PrecautionList';
import { SourceList } from './SourceList';
import { TechniqueList } from './TechniqueList';
import { TriggerPointList } from './TriggerPointList';

/** Opens the printable homework sheet for this muscle and side (the trigger point shown alone, or all). */
function printHomework(muscleId: string, side: Side) {
  const st = useAppStore.getState();
  const trp = st.shownTrp?.muscleId === muscleId ? st.shownTrp.triggerPointId : null;
  st.setHomework([{ muscleId, side, triggerPointId: trp }], 'explore');
  window.location.hash = '#/print';
}

/** The active pack's content for the selected muscle: TrPs, techniques, self-care, precautions, sources. */
export function MuscleContentPanel({ muscleId, side }: { muscleId: string; side: Side }) {
  const pack = useAppStore((s) => s.activePack);
  const status = useAppStore((s) => s.coreStatus);
  const muscle = muscleContent(pack, muscleId);
  if (!pack || !muscle) {
    return (
      <p className="hint content-missing">
        {status === 'loading' && !pack ? 'Loading trigger-point content…' : 'The active content packs have no trigger-point content for this muscle yet.'}
      </p>
    );
  }
  return (
    <div className="muscle-content">
      <p className="disclaimer" role="note">
        <strong>Educational, not a diagnosis.</strong> {pack.disclaimer}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => printHomework(muscleId, side)}>
          Print homework sheet
        </button>
      </div>
      <p>{muscle.description}</p>
      <section className="content-section" aria-labelledby="actions-heading">
        <h3 id="actions-heading">Actions</h3>
        <ul>
          {muscle.actions.map((a, i) => (
            <li key={i}>{a}</li>
          ))}
        </ul>
      </section>
      <TriggerPointList pack={pack} muscle={muscle} side={side} />
      <TechniqueList techniques={techniquesFor(pack, muscle)} />
      <ExerciseList exercises={exercisesFor(pack, muscle)} />
      <PrecautionList notes={muscle.precautions.notes} precautions={precautionsFor(pack, muscle)} />
      <SourceList sources={sourcesFor(pack, muscle)} />
    </div>
  );
}
