import { useEffect, useRef } from 'react';
import type { Pack } from '../../content/schema';
import type { Answer, DrawQuestion, LocateQuestion } from '../../domain/quiz/types';
import { resolveAnchor, type LandmarkLookup, type Vec3 } from '../../domain/referral';
import { DEFAULT_BRUSH } from '../../state/stageSlice';
import { useAppStore } from '../../state/store';
import { capitalize } from '../muscleLabels';
import { ChoiceList, verdictOf } from './ChoiceList';
import type { QuestionViewProps } from './questionViewProps';
import { choicePositions } from './questionStage';

type LocateAnswer = Extract<Answer, { type: 'locate-trp' }>;
type DrawAnswer = Extract<Answer, { type: 'draw-pattern' }>;

type Props<Q, A> = QuestionViewProps<Q, A> & { lookup: LandmarkLookup | null };

/**
 * Click the body where the trigger point is (click again to move the point), or, without a
 * pointer, choose one of the labelled spots from the list.
 */
export function LocateView({ question: q, answer, onAnswer, reveal, pack, lookup, showChoices, onShowChoices }: Props<LocateQuestion, LocateAnswer> & { showChoices: boolean; onShowChoices: (open: boolean) => void }) {
  const clicked = useAppStore((s) => s.stage?.clicked ?? null);
  const seen = useRef(clicked);
  useEffect(() => {
    if (reveal || clicked === seen.current) return;
    seen.current = clicked;
    if (clicked) onAnswer({ type: 'locate-trp', position: clicked });
  }, [clicked, reveal, onAnswer]);
  const positions = choicePositions(q, lookup);
  const right = String(truthChoice(q, pack, positions, lookup));
  const picked = answer?.choiceIndex !== undefined ? [String(answer.choiceIndex)] : [];
  return (
    <div className="question-body">
      <p className="hint" aria-live="polite">
        {answer?.position ? (reveal ? 'Your point is the blue dot; the X is the trigger point.' : 'Your point is the blue dot. Click elsewhere on the body to move it.') : 'Click on the body where you would find the trigger point. Drag to turn the body.'}
      </p>
      <details open={showChoices} onToggle={(e) => onShowChoices((e.target as HTMLDetailsElement).open)}>
        <summary>Choose from a list of spots instead</summary>
        <ChoiceList
          legend="Where is the trigger point?"
          items={q.choices.map((c, i) => ({ value: String(i), label: `${i + 1}. ${c.label}`, verdict: reveal && right !== '-1' ? verdictOf(String(i), picked, [right]) : undefined }))}
          selected={picked}
          multiple={false}
          disabled={reveal || !lookup}
          onChange={([v]) => {
            const i = Number(v);
            const p = positions[i];
            if (p) onAnswer({ type: 'locate-trp', position: p, choiceIndex: i });
          }}
        />
      </details>
    </div>
  );
}

/** Index of the listed spot that is the trigger point itself (nearest to its anchor), or -1. */
function truthChoice(q: LocateQuestion, pack: Pack | null, positions: ReadonlyArray<Vec3 | null>, lookup: LandmarkLookup | null): number {
  const trp = pack?.muscles.find((m) => m.id === q.muscleId)?.triggerPoints.find((t) => t.id === q.triggerPointId);
  const at = trp && lookup ? resolveAnchor(trp.anchor, q.side, lookup) : undefined;
  if (!at) return -1;
  let best = -1;
  let bestD = 0.01;
  positions.forEach((p, i) => {
    const d = p ? Math.hypot(p[0] - at[0], p[1] - at[1], p[2] - at[2]) : Infinity;
    if (d < bestD) [best, bestD] = [i, d];
  });
  return best;
}

/**
 * Paint the essential zone on the skin with the brush (drag on the body; drag off the body to turn
 * it), undo and clear; or, without a pointer, tick areas from the list.
 */
export function DrawView({ question: q, answer, onAnswer, reveal, pack }: Props<DrawQuestion, DrawAnswer>) {
  const strokes = useAppStore((s) => s.stage?.strokes);
  const brush = useAppStore((s) => s.stage?.brush ?? DEFAULT_BRUSH);
  const regions = answer?.regions ?? [];
  const seen = useRef(strokes);
  useEffect(() => {
    if (reveal || !strokes || strokes === seen.current) return;
    seen.current = strokes;
    onAnswer({ type: 'draw-pattern', strokes, regions });
  }, [strokes, reveal, regions, onAnswer]);
  const st = useAppStore.getState();
  const setRegions = (ids: string[]) => {
    st.updateStage({ regions: ids.map((regionId) => ({ regionId, side: q.side })) });
    onAnswer({ type: 'draw-pattern', strokes: useAppStore.getState().stage?.strokes ?? [], regions: ids });
  };
  const count = (strokes ?? []).length;
  return (
    <div className="question-body">
      <p className="hint">{reveal ? 'Your painting is hatched blue; the true pattern is red (solid: essential zone, dotted: spillover).' : 'Drag on the body to paint where the pain is mainly felt. Drag beside the body to turn it.'}</p>
      {!reveal && (
        <div className="button-row">
          <label className="field inline">
            <span>Brush</span>
            <input type="range" min={0.012} max={0.06} step={0.004} value={brush} onChange={(e) => st.updateStage({ brush: Number(e.target.value) })} aria-valuetext={`${Math.round(brush * 200)} cm wide`} />
          </label>
          <button type="button" onClick={() => st.undoStroke()} disabled={count === 0}>
            Undo stroke
          </button>
          <button type="button" onClick={() => st.clearStrokes()} disabled={count === 0}>
            Clear
          </button>
        </div>
      )}
      {reveal ? (
        regions.length > 0 && <p>Areas you picked: {regions.map((id) => pack?.regions.find((r) => r.id === id)?.name ?? id).join(', ')}.</p>
      ) : (
        <details>
          <summary>Pick areas from a list instead</summary>
          <fieldset className="choice-list region-list">
            <legend>Areas on the {q.side === 'r' ? 'right' : 'left'} side</legend>
            {(pack?.regions ?? []).map((r) => (
              <label key={r.id} className="choice">
                <input type="checkbox" checked={regions.includes(r.id)} onChange={(e) => setRegions(e.target.checked ? [...regions, r.id] : regions.filter((x) => x !== r.id))} />
                <span>{capitalize(r.name)}</span>
              </label>
            ))}
          </fieldset>
        </details>
      )}
    </div>
  );
}
