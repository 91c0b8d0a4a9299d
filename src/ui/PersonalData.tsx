import { useId, useRef, useState } from 'react';
import { HiddenFileInput } from './HiddenFileInput';
import { importPackText } from '../app/packActions';
import { savePacks } from '../app/packStorage';
import { lostSentence } from '../state/persist/lostNotice';
import { buildPersonalData, countPersonalData, parsePersonalData, personalDataFileName, personalDataToJson, type DataCounts, type ExportedPack } from '../state/persist/personalData';
import { applyPersisted, currentPersisted, resetPersonalData } from '../state/persist/personalDataActions';
import type { LostPart, PersistedState } from '../state/persist/readPersisted';
import { useAppStore } from '../state/store';
import { Dialog } from './Dialog';
import { readFileText, saveTextFile } from './saveFile';
import './personalData.css';

/** Files larger than this are not personal data from Myomap (packs are at most 10 MB each). */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function countLines(c: DataCounts, packs: number): Array<[string, string]> {
  return [
    ['Holds logged', String(c.holds)],
    ['Quizzes taken', `${c.quizzes}${c.quizInProgress ? ' (and one in progress)' : ''}`],
    ['Study cards reviewed', `${c.studyCards}${c.reviews ? ` (${n(c.reviews, 'review', 'reviews')})` : ''}`],
    ['Content packs', String(packs)],
  ];
}

interface PendingImport {
  name: string;
  state: PersistedState;
  packs: ExportedPack[];
  lost: LostPart[];
  exportedAt: string;
}

/**
 * "Your data on this device": what is saved here, and the user's control over it: export it all
 * as one JSON file, import such a file (checked first, replaced only on confirmation) and reset
 * everything (confirmed; content packs only if ticked).
 */
export function PersonalData() {
  const holds = useAppStore((s) => s.holdLog.length);
  const quizzes = useAppStore((s) => s.quizHistory.length);
  const inProgress = useAppStore((s) => s.quizSession !== null && s.quizSession.finishedAt === null);
  const studyStates = useAppStore((s) => s.study.states);
  const reviews = useAppStore((s) => s.study.reviewLog.length);
  const userPacks = useAppStore((s) => s.userPacks);
  const counts: DataCounts = { holds, quizzes, quizInProgress: inProgress, customQuiz: false, studyCards: Object.keys(studyStates).length, reviews };

  const fileRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);

  const exportAll = () => {
    const packs = userPacks.map((p) => ({ id: p.id, title: p.title, mode: p.mode, source: p.source, text: p.text }));
    saveTextFile(personalDataFileName(), personalDataToJson(buildPersonalData(currentPersisted(), packs)));
    setError(null);
    setMessage(`Exported ${n(holds, 'hold', 'holds')}, ${n(quizzes, 'quiz result', 'quiz results')}, study progress and ${n(packs.length, 'content pack', 'content packs')}.`);
  };

  const readImport = async (file: File) => {
    setMessage(null);
    if (file.size > MAX_IMPORT_BYTES) return setError(`${file.name}: too large to be a Myomap data file. Nothing was changed.`);
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      return setError(`${file.name} could not be read. Nothing was changed.`);
    }
    const parsed = parsePersonalData(file.name, text);
    if (!parsed.ok) return setError(`${parsed.error}. Nothing was changed.`);
    setError(null);
    setPending({ name: file.name, ...parsed });
  };

  const confirmImport = async (withPacks: boolean) => {
    if (!pending) return;
    const p = pending;
    setPending(null);
    applyPersisted(p.state);
    let loaded = 0;
    if (withPacks) for (const pack of p.packs) if (await importPackText(pack.text, pack.source, pack.mode)) loaded++;
    setMessage(`Imported ${p.name}.${withPacks && p.packs.length ? ` ${n(loaded, 'content pack', 'content packs')} loaded.` : ''}`);
  };

  const reset = async (withPacks: boolean) => {
    setConfirmReset(false);
    resetPersonalData();
    if (withPacks) {
      useAppStore.getState().setUserPacks([]);
      await savePacks([]);
    }
    setError(null);
    setMessage(withPacks ? 'All your data and content packs were removed from this device.' : 'All your data was removed from this device. Your content packs were kept.');
  };

  return (
    <section role="region" aria-labelledby={headingId} className="panel personal-data">
      <h2 id={headingId}>Your data on this device</h2>
      <dl className="data-counts">
        {countLines(counts, userPacks.length).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="button-row">
        <button type="button" onClick={exportAll}>
          Export all (JSON)
        </button>
        <button type="button" onClick={() => fileRef.current?.click()}>
          Import…
        </button>
        <button type="button" className="danger" onClick={() => setConfirmReset(true)}>
          Reset all…
        </button>
      </div>
      <HiddenFileInput inputRef={fileRef} label="Personal data file" onFile={(file) => void readImport(file)} />
      {error && (
        <p className="data-error" role="alert">
          {error}
        </p>
      )}
      {message && (
        <p className="hint" role="status">
          {message}
        </p>
      )}
      <p className="hint">Saved in this browser only. The export file holds everything above, content packs included.</p>
      {pending && <ImportDialog pending={pending} current={counts} currentPacks={userPacks.length} onConfirm={(withPacks) => void confirmImport(withPacks)} onCancel={() => setPending(null)} />}
      {confirmReset && <ResetDialog counts={counts} packs={userPacks.length} onConfirm={(withPacks) => void reset(withPacks)} onCancel={() => setConfirmReset(false)} />}
    </section>
  );
}

function ImportDialog({ pending, current, currentPacks, onConfirm, onCancel }: { pending: PendingImport; current: DataCounts; currentPacks: number; onConfirm: (withPacks: boolean) => void; onCancel: () => void }) {
  const [withPacks, setWithPacks] = useState(true);
  const incoming = countPersonalData(pending.state);
  const now = countLines(current, currentPacks);
  const next = countLines(incoming, pending.packs.length);
  const when = pending.exportedAt && !Number.isNaN(Date.parse(pending.exportedAt)) ? ` (exported ${new Date(pending.exportedAt).toLocaleString()})` : '';
  return (
    <Dialog title="Replace your data with this file?" onCancel={onCancel} describedBy="import-summary" className="personal-data-dialog">
      <p id="import-summary">
        {pending.name}
        {when} replaces everything saved on this device: holds, quiz results and the quiz in progress, your own quiz, study progress and settings.
      </p>
      <table className="data-compare">
        <thead>
          <tr>
            <th scope="col">Saved</th>
            <th scope="col">Now</th>
            <th scope="col">From the file</th>
          </tr>
        </thead>
        <tbody>
          {now.map(([label, value], i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
              <td>{next[i]![1]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pending.lost.length > 0 && (
        <div className="notice">
          <p>Some of the file could not be read and will not be imported:</p>
          <ul className="issue-list">
            {pending.lost.map((l) => (
              <li key={l.path}>
                {lostSentence(l)} <code>{l.path}</code>: {l.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {pending.packs.length > 0 && (
        <label className="check">
          <input type="checkbox" checked={withPacks} onChange={(e) => setWithPacks(e.target.checked)} /> Also load the {n(pending.packs.length, 'content pack', 'content packs')} in the file (
          {pending.packs.map((p) => p.title || p.id).join(', ')})
        </label>
      )}
      <ConfirmOrCancel label="Replace my data" kind="primary" onConfirm={() => onConfirm(withPacks && pending.packs.length > 0)} onCancel={onCancel} />
    </Dialog>
  );
}

/** A destructive confirmation's buttons: Cancel has the focus, so Enter never destroys by accident. */
function ConfirmOrCancel({ label, kind, onConfirm, onCancel }: { label: string; kind: 'primary' | 'danger'; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div className="button-row">
      <button type="button" className={kind} onClick={onConfirm}>
        {label}
      </button>
      <button type="button" onClick={onCancel} data-autofocus>
        Cancel
      </button>
    </div>
  );
}

function ResetDialog({ counts, packs, onConfirm, onCancel }: { counts: DataCounts; packs: number; onConfirm: (withPacks: boolean) => void; onCancel: () => void }) {
  const [withPacks, setWithPacks] = useState(false);
  return (
    <Dialog title="Reset all your data?" onCancel={onCancel} role="alertdialog" describedBy="reset-summary" className="personal-data-dialog">
      <p id="reset-summary">
        This removes from this device {n(counts.holds, 'logged hold', 'logged holds')}, {n(counts.quizzes, 'quiz result', 'quiz results')}
        {counts.quizInProgress ? ', the quiz in progress' : ''}, your study progress ({n(counts.studyCards, 'card', 'cards')}) and your settings. It cannot be undone: export first to keep a copy.
      </p>
      {packs > 0 && (
        <label className="check">
          <input type="checkbox" checked={withPacks} onChange={(e) => setWithPacks(e.target.checked)} /> Also remove my {n(packs, 'content pack', 'content packs')}
        </label>
      )}
      <ConfirmOrCancel label="Reset all" kind="danger" onConfirm={() => onConfirm(withPacks && packs > 0)} onCancel={onCancel} />
    </Dialog>
  );
}
