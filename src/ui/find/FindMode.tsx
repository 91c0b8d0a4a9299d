import { useEffect, useMemo, useState } from 'react';
import { rankSourceMuscles, type RankedMuscle, type ReferralQuery } from '../../domain/referral';
import type { Dab } from '../../domain/quiz/types';
import { DEFAULT_BRUSH, type Stage } from '../../state/stageSlice';
import { useAppStore } from '../../state/store';
import { useBodyLookup } from '../useBodyLookup';
import { FindAreaList } from './FindAreaList';
import { FindResults } from './FindResults';
import { RedFlags } from './RedFlags';
import '../quiz/quiz.css';

/** What was marked when the finder was last left (in memory, this visit only). */
let savedMarks: Pick<Stage, 'strokes' | 'regions'> | null = null;

/** How strong each painted area hurts (kept beside the stroke, by identity). */
const strokeIntensity = new WeakMap<readonly Dab[], number>();

/**
 * The pain finder for clients: paint where it hurts (front and back, both sides, several areas,
 * optional intensity) or pick areas from a list; see the muscles whose trigger points commonly
 * refer there, why, their self-care and when to see a professional. Education, not a diagnosis.
 */
export function FindMode() {
  const pack = useAppStore((s) => s.activePack);
  const strokes = useAppStore((s) => s.stage?.strokes ?? null);
  const regions = useAppStore((s) => s.stage?.regions ?? null);
  const brush = useAppStore((s) => s.stage?.brush ?? DEFAULT_BRUSH);
  const lookup = useBodyLookup();
  const [intensity, setIntensity] = useState(2);
  const [shown, setShown] = useState<RankedMuscle | null>(null);

  // The marked areas outlive a visit to the homework sheet or Explore (kept for this session).
  useEffect(() => {
    const kept = savedMarks;
    useAppStore.getState().setStage({ tool: 'paint', hoverNames: true, skin: true, strokes: kept?.strokes ?? [], regions: kept?.regions ?? [] });
    return () => {
      const st = useAppStore.getState().stage;
      savedMarks = st ? { strokes: st.strokes, regions: st.regions } : null;
      useAppStore.getState().clearStage();
    };
  }, []);

  // A new stroke takes the intensity chosen when it was painted.
  useEffect(() => {
    for (const s of strokes ?? []) if (!strokeIntensity.has(s)) strokeIntensity.set(s, intensity);
  }, [strokes, intensity]);

  const query = useMemo<ReferralQuery>(
    () => ({
      dabs: (strokes ?? []).map((dabs) => ({ dabs, intensity: strokeIntensity.get(dabs) ?? intensity })),
      regions: (regions ?? []).map((r) => ({ region: r.regionId, side: r.side, intensity })),
    }),
    [strokes, regions, intensity],
  );
  const results = useMemo(() => (pack && lookup && (query.dabs?.length || query.regions?.length) ? rankSourceMuscles(pack, query, lookup, { limit: 10 }) : []), [pack, lookup, query]);

  const show = (r: RankedMuscle | null) => {
    setShown(r);
    useAppStore.getState().updateStage({ pattern: r ? { muscleId: r.muscle, side: r.side, triggerPointId: r.triggerPoint, markers: true } : null });
    if (r) useAppStore.getState().frameStage();
  };
  const st = useAppStore.getState();
  const count = strokes?.length ?? 0;
  const asked = count + (regions?.length ?? 0) > 0;

  return (
    <div className="find-panel">
      <div className="panel">
        <h2>Where does it hurt?</h2>
        <p className="disclaimer" role="note">
          <strong>Educational, not a diagnosis.</strong> This shows muscles whose trigger points commonly send pain to the places you mark. Pain has many causes; a massage therapist, physiotherapist or doctor can tell what yours is.
        </p>
        <p className="hint">Drag on the body to paint where you feel it; drag beside the body to turn it. Paint several areas if it hurts in more than one place.</p>
        <div className="button-row">
          <button type="button" onClick={() => st.requestView('front')}>
            Front
          </button>
          <button type="button" onClick={() => st.requestView('back')}>
            Back
          </button>
          <button type="button" onClick={() => st.undoStroke()} disabled={count === 0}>
            Undo
          </button>
          <button type="button" onClick={() => (st.updateStage({ strokes: [], regions: [], pattern: null }), setShown(null))} disabled={!asked}>
            Start again
          </button>
        </div>
        <div className="form-row">
          <label className="field inline">
            <span>How strong?</span>
            <select value={intensity} onChange={(e) => setIntensity(Number(e.target.value))}>
              <option value={1}>Mild</option>
              <option value={2}>Moderate</option>
              <option value={3}>Strong</option>
            </select>
          </label>
          <label className="field inline">
            <span>Brush</span>
            <input type="range" min={0.015} max={0.07} step={0.005} value={brush} onChange={(e) => st.updateStage({ brush: Number(e.target.value) })} aria-valuetext={`${Math.round(brush * 200)} cm wide`} />
          </label>
        </div>
        <FindAreaList pack={pack} />
      </div>
      <FindResults pack={pack} results={results} asked={asked} shown={shown} onShow={show} />
      <RedFlags pack={pack} />
    </div>
  );
}
