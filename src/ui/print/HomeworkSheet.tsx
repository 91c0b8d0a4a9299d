import { useState } from 'react';
import type { Pack } from '../../content/schema';
import { exploreHash } from '../../domain/route';
import type { HomeworkItem } from '../../state/homeworkSlice';
import { useAppStore } from '../../state/store';
import { citation } from '../packLookup';
import { FillIn, NotesBox } from './SheetFields';
import { planSheetExercises } from './sheetExercisePlan';
import { SheetItem } from './SheetItem';
import { SheetSafety } from './SheetSafety';
import { sheetSources } from './sheetSources';
import './sheet.css';
import './print.css';

const itemKey = (i: HomeworkItem) => `${i.muscleId}:${i.side}:${i.triggerPointId ?? 'all'}`;

/** Where "Back" goes: the pain finder, or the muscle's panel in Explore. */
function backHref(homework: { items: HomeworkItem[]; from: 'find' | 'explore' }): string {
  const first = homework.items[0];
  return homework.from === 'explore' && first ? exploreHash({ muscleId: first.muscleId, side: first.side }) : '#/find';
}

/**
 * The client's printable self-care homework (`#/print`): per chosen muscle where the pain goes,
 * front/back pictures with the pattern, the ticked exercises, self-pressure guidance and
 * precautions; then when to see a professional, the therapist's notes, the next appointment, the
 * disclaimer and sources. A toolbar (not printed) prints it; print.css makes it a clean page.
 */
export function HomeworkSheet() {
  const homework = useAppStore((s) => s.homework);
  const pack = useAppStore((s) => s.activePack);
  const [client, setClient] = useState('');
  const [therapist, setTherapist] = useState('');
  const [notes, setNotes] = useState('');
  const [next, setNext] = useState('');
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());

  if (!homework || homework.items.length === 0) {
    return (
      <div className="mode-page homework-page">
        <div className="panel">
          <h2>Self-care homework</h2>
          <p>Choose muscles in the pain finder or a muscle's panel first.</p>
          <p className="button-row">
            <a className="button primary" href="#/find">
              Pain finder
            </a>
            <a className="button" href="#/explore">
              Explore muscles
            </a>
          </p>
        </div>
      </div>
    );
  }

  // Each exercise is printed once on the sheet (planSheetExercises), so one tick per exercise.
  const toggle = (exerciseId: string, include: boolean) =>
    setExcluded((prev) => {
      const nextSet = new Set(prev);
      if (include) nextSet.delete(exerciseId);
      else nextSet.add(exerciseId);
      return nextSet;
    });
  const plan = pack ? planSheetExercises(pack, homework.items, itemKey) : null;
  const today = new Date().toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });

  return (
    <div className="mode-page homework-page">
      <div className="sheet-toolbar screen-only" role="toolbar" aria-label="Homework sheet">
        <button type="button" className="primary" onClick={() => window.print()}>
          Print / Save as PDF
        </button>
        <a className="button" href={backHref(homework)}>
          Back
        </a>
        <p className="hint">Untick any exercise you do not want on the paper; fill in the names and notes, then print.</p>
      </div>
      <article className="homework-sheet" aria-labelledby="homework-title">
        <header className="sheet-head">
          <h2 id="homework-title">Self-care homework</h2>
          <p className="sheet-date">{today}</p>
        </header>
        <div className="sheet-people">
          <FillIn label="Client" value={client} onChange={setClient} />
          <FillIn label="Therapist" value={therapist} onChange={setTherapist} />
        </div>
        {!pack && <p role="status">Loading the content…</p>}
        {pack &&
          plan &&
          homework.items.map((item) => {
            const key = itemKey(item);
            return <SheetItem key={key} pack={pack} item={item} exercises={plan.get(key) ?? { full: [], shownAbove: [] }} excluded={excluded} onToggle={toggle} />;
          })}
        {pack && <SheetSafety pack={pack} />}
        <NotesBox value={notes} onChange={setNotes} />
        <FillIn label="Next appointment" value={next} onChange={setNext} />
        {pack && <SheetFooter pack={pack} items={homework.items} included={(id) => !excluded.has(id)} />}
      </article>
    </div>
  );
}

/** The pack's disclaimer, and the sources behind what is printed (small). */
function SheetFooter({ pack, items, included }: { pack: Pack; items: HomeworkItem[]; included: (exerciseId: string) => boolean }) {
  const sources = sheetSources(pack, items, included);
  return (
    <footer className="sheet-foot">
      <p className="sheet-disclaimer">
        <strong>Educational, not a diagnosis.</strong> {pack.disclaimer}
      </p>
      {sources.length > 0 && (
        <section className="sheet-sources" aria-labelledby="sheet-sources-heading">
          <h3 id="sheet-sources-heading">Sources</h3>
          <ol>
            {sources.map((s) => (
              <li key={s.id}>{citation(s)}</li>
            ))}
          </ol>
        </section>
      )}
    </footer>
  );
}
