import type { Pack } from '../../content/schema';
import { exploreHash } from '../../domain/route';
import type { RankedMuscle } from '../../domain/referral';
import { explainMatch } from '../../domain/find';
import { sidedLabel } from '../muscleLabels';
import { exercisesFor, muscleContent } from '../packLookup';
import { HomeworkPicker } from './HomeworkPicker';

/** The ranked muscles with why they are listed, their trigger point on the body and their self-care. */
export function FindResults({ pack, results, asked, shown, onShow }: { pack: Pack | null; results: RankedMuscle[]; asked: boolean; shown: RankedMuscle | null; onShow: (r: RankedMuscle | null) => void }) {
  return (
    <section className="panel find-results" aria-labelledby="find-results-heading">
      <h2 id="find-results-heading">Muscles that commonly refer pain there</h2>
      <p className="visually-hidden" aria-live="polite">
        {asked ? `${results.length} muscle${results.length === 1 ? '' : 's'} found` : ''}
      </p>
      {!asked && <p className="hint">Mark where it hurts to see the list.</p>}
      {asked && results.length === 0 && <p>No muscle in this content pack commonly refers pain to exactly that place. Try a slightly larger area, or choose it from the list.</p>}
      <ol className="find-list">
        {results.map((r) => {
          const m = muscleContent(pack, r.muscle);
          const exercises = pack && m ? exercisesFor(pack, m) : [];
          const isShown = shown?.muscle === r.muscle && shown.side === r.side;
          return (
            <li key={`${r.muscle}:${r.side}`} className="find-item">
              <div className="find-item-head">
                <h3>{sidedLabel(r.muscle, r.side)}</h3>
                <span className={`tag tag-${r.zone}`}>{r.zone === 'essential' ? 'Main pain area' : 'Pain may spread here'}</span>
              </div>
              {pack && explainMatch(r, pack).map((t, i) => <p key={i}>{t}</p>)}
              <div className="button-row">
                <button type="button" aria-pressed={isShown} onClick={() => onShow(isShown ? null : r)}>
                  {isShown ? 'Hide' : 'Show'} its trigger point<span className="visually-hidden"> ({sidedLabel(r.muscle, r.side)})</span>
                </button>
                <a className="button" href={exploreHash({ muscleId: r.muscle, side: r.side })}>
                  Learn more<span className="visually-hidden"> about the {sidedLabel(r.muscle, r.side)}</span>
                </a>
              </div>
              {exercises.length > 0 && (
                <details className="expander">
                  <summary>Self-care ({exercises.length})</summary>
                  <ul>
                    {exercises.map((x) => (
                      <li key={x.id}>
                        <strong>{x.name}</strong> — {x.dosage}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ol>
      <HomeworkPicker results={results} />
    </section>
  );
}
