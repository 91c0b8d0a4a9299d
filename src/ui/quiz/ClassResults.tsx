/**
 * `#/quiz/class`: an instructor imports the result files students downloaded (JSON or CSV, many at
 * once), sees the class table (per student, per question, hardest muscles) and exports it as CSV.
 * A refused file is listed with its reason while the others import. Result codes typed in are
 * decoded and listed beside it. Nothing is uploaded: files are read in the browser.
 */
import { useMemo, useState } from 'react';
import { buildClassTable, classTableToCsv } from '../../domain/quiz/classTable';
import { importResultFiles, type QuizResult } from '../../domain/quiz/results';
import { useAppStore } from '../../state/store';
import { saveTextFile } from '../saveFile';
import { ClassTables } from './classResults/ClassTables';
import { answersText, quizForHash, ResultCodeDecoder, type CodeEntry } from './classResults/ResultCodeDecoder';
import { readAll, ResultFilesInput } from './classResults/ResultFilesInput';
import './instructor.css';
import './classResults.css';

interface Imported {
  results: QuizResult[];
  /** File name and how many results it held. */
  files: { name: string; count: number }[];
  refused: string[];
}

const EMPTY: Imported = { results: [], files: [], refused: [] };

export function ClassResults() {
  const pack = useAppStore((s) => s.activePack);
  const [data, setData] = useState<Imported>(EMPTY);
  const [codes, setCodes] = useState<CodeEntry[]>([]);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const table = useMemo(() => buildClassTable(data.results), [data.results]);
  const quizTitles = useMemo(() => new Map(data.results.map((r) => [r.quizId, r.quizTitle])), [data.results]);

  const addFiles = async (files: File[]) => {
    setBusy(true);
    const read = await readAll(files);
    const files2: Imported['files'] = [];
    const refused = [...read.errors];
    const results: QuizResult[] = [];
    // One file at a time, so each refused file gets its own message and the rest still count.
    for (const f of read.files) {
      const r = importResultFiles([f]);
      refused.push(...r.errors);
      if (r.results.length) {
        results.push(...r.results);
        files2.push({ name: f.name, count: r.results.length });
      }
    }
    setData((d) => ({ results: [...d.results, ...results], files: [...d.files, ...files2], refused: [...d.refused, ...refused] }));
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    setNote(`${plural(files2.length, 'file')} imported (${plural(results.length, 'result')})${refused.length ? `, ${refused.length} refused` : ''}.`);
    setBusy(false);
  };
  const clear = () => {
    setData(EMPTY);
    setCodes([]);
    setNote('The list is empty again.');
  };
  const hasAny = data.results.length > 0 || data.refused.length > 0 || codes.length > 0;

  return (
    <div className="mode-page class-results">
      <section className="panel" aria-labelledby="cr-title">
        <h2 id="cr-title">Class results</h2>
        <p className="hint">
          Import the result files your students downloaded at the end of a quiz. They are read on this device only. <a href="#/quiz">Back to quizzes</a> · <a href="#/quiz/build">Quiz builder</a>
        </p>
        <ResultFilesInput onFiles={(f) => void addFiles(f)} />
        <p role="status" className="qb-note">
          {busy ? 'Reading files…' : note}
        </p>
        {data.refused.length > 0 && (
          <div className="cr-refused" role="alert">
            <h3>Refused files ({data.refused.length})</h3>
            <ul className="issue-list">
              {data.refused.map((m, i) => (
                <li key={`${i}:${m}`}>{m}</li>
              ))}
            </ul>
          </div>
        )}
        {data.files.length > 0 && (
          <details className="cr-files">
            <summary>
              Imported files ({data.files.length}, {data.results.length} results)
            </summary>
            <ul>
              {data.files.map((f, i) => (
                <li key={`${i}:${f.name}`}>
                  {f.name}: {f.count} result{f.count === 1 ? '' : 's'}
                </li>
              ))}
            </ul>
          </details>
        )}
        <div className="button-row">
          <button type="button" className="primary" disabled={data.results.length === 0} onClick={() => saveTextFile('class-results.csv', classTableToCsv(table), 'text/csv')}>
            Export class CSV
          </button>
          <button type="button" disabled={!hasAny} onClick={clear}>
            Clear
          </button>
        </div>
      </section>

      <section className="panel" aria-labelledby="cr-table-h">
        <h2 id="cr-table-h">Class table</h2>
        {data.results.length === 0 ? <p className="hint">No results imported yet.</p> : <ClassTables table={table} quizTitles={quizTitles} pack={pack} />}
      </section>

      <section className="panel" aria-labelledby="cr-code-h">
        <h2 id="cr-code-h">Result codes</h2>
        <p className="hint">A student without a file can read out the short code shown at the end of the quiz.</p>
        <ResultCodeDecoder pack={pack} onAdd={(entry) => setCodes((c) => [...c, entry])} />
        {codes.length > 0 && (
          <div className="cr-table-wrap">
            <table className="cr-table cr-codes">
              <caption>From result codes ({codes.length})</caption>
              <thead>
                <tr>
                  <th scope="col">Student</th>
                  <th scope="col">Quiz</th>
                  <th scope="col" className="num">
                    Seed
                  </th>
                  <th scope="col" className="num">
                    Score
                  </th>
                  <th scope="col">Questions</th>
                </tr>
              </thead>
              <tbody>
                {codes.map((c, i) => (
                  <tr key={`${i}:${c.code}`}>
                    <th scope="row">{c.student}</th>
                    <td>{quizForHash(pack, c.decoded.quizHash)?.title ?? 'Unknown quiz'}</td>
                    <td className="num">{c.decoded.seed}</td>
                    <td className="num">{c.decoded.score} %</td>
                    <td>{answersText(c.decoded)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
