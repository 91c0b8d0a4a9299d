import { useShallow } from 'zustand/react/shallow';
import type { MuscleContent, Pack } from '../content/schema';
import { sideName, type Side } from '../domain/anatomy';
import { holdPlan } from '../domain/holdTimer';
import { useAppStore } from '../state/store';
import { clock, rangeText } from './formatDuration';
import { regionsFor } from './packLookup';
import { ReferralLegend } from './ReferralLegend';

/**
 * The muscle's trigger points: which to draw on the body (each alone, or all), and per trigger
 * point its location, depth, where the pain goes, what it mimics, the hold guidance with a
 * "Start hold" button, and the holds logged so far.
 */
export function TriggerPointList({ pack, muscle, side }: { pack: Pack; muscle: MuscleContent; side: Side }) {
  const { shownTrp, showTriggerPoint, showAll, openTimer, framePattern, webgl } = useAppStore(
    useShallow((s) => ({
      shownTrp: s.shownTrp,
      showTriggerPoint: s.showTriggerPoint,
      showAll: s.showAllTriggerPoints,
      openTimer: s.openTimer,
      framePattern: s.requestPatternView,
      webgl: s.webgl,
    })),
  );
  const holdLog = useAppStore((s) => s.holdLog);
  const alone = shownTrp?.muscleId === muscle.id && muscle.triggerPoints.some((t) => t.id === shownTrp.triggerPointId) ? shownTrp.triggerPointId : null;
  const many = muscle.triggerPoints.length > 1;
  const radioName = `show-trp-${muscle.id}`;

  return (
    <section className="content-section" aria-labelledby="trp-heading">
      <h3 id="trp-heading">Trigger points and referred pain</h3>
      <ReferralLegend />
      {webgl !== 'unavailable' && (
        <div className="button-row">
          <button type="button" onClick={framePattern}>
            Show the whole pattern
          </button>
        </div>
      )}
      {many && (
        <fieldset className="trp-show">
          <legend>Show on the body</legend>
          <label className="check">
            <input type="radio" name={radioName} checked={alone === null} onChange={showAll} />
            All trigger points
          </label>
          {muscle.triggerPoints.map((t, i) => (
            <label key={t.id} className="check">
              <input type="radio" name={radioName} checked={alone === t.id} onChange={() => showTriggerPoint(muscle.id, t.id)} />
              Trigger point {i + 1} only
            </label>
          ))}
        </fieldset>
      )}
      <ol className="trp-list">
        {muscle.triggerPoints.map((t, i) => {
          const regions = regionsFor(pack, t.regions).map((r) => r.name);
          const plan = holdPlan(t.hold);
          const logged = holdLog.filter((h) => h.muscleId === muscle.id && h.side === side && h.triggerPointId === t.id);
          const last = logged[logged.length - 1];
          const where = t.referral.side === 'both' ? 'on both sides' : `on the ${sideName(side).toLowerCase()} side`;
          return (
            <li key={t.id} className="trp" data-shown={alone === null || alone === t.id ? '' : undefined}>
              <h4>
                Trigger point {i + 1} <span className={`depth depth-${t.depth}`}>{t.depth === 'deep' ? 'deep' : 'superficial'}</span>
              </h4>
              <dl className="facts">
                <dt>Location</dt>
                <dd>{t.location}</dd>
                <dt>Pain felt</dt>
                <dd>
                  {regions.length > 0 ? `${regions.join(', ')}, ` : ''}
                  {where}
                </dd>
                <dt>Mimics</dt>
                <dd>{t.symptoms}</dd>
                <dt>Hold</dt>
                <dd>
                  {rangeText(plan.minSeconds, plan.maxSeconds)}, {plan.repetitions} {plan.repetitions === 1 ? 'time' : 'times'}
                </dd>
                <dt>Pressure</dt>
                <dd>{t.hold.pressureCue}</dd>
              </dl>
              <div className="button-row">
                <button type="button" className="primary" onClick={() => openTimer({ muscleId: muscle.id, side, triggerPointId: t.id })} aria-label={`Start hold for trigger point ${i + 1}`}>
                  Start hold
                </button>
              </div>
              {last && (
                <p className="hint">
                  Logged: {logged.length} {logged.length === 1 ? 'hold' : 'holds'}, last {clock(last.seconds)} on {new Date(last.date).toLocaleDateString()}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
