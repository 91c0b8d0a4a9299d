/**
 * Where result files come in: a file input (many at once) and a drop zone around it. The zone stops
 * its drag events from reaching the app-wide pack drop target, which would otherwise try to read a
 * dropped result file as a content pack.
 */
import { useId, useState, type DragEvent } from 'react';
import { readFileText } from '../../saveFile';

export interface ReadFile {
  name: string;
  text: string;
}

/** Reads every file; one that cannot be read becomes an error message, not a thrown error. */
export async function readAll(files: readonly File[]): Promise<{ files: ReadFile[]; errors: string[] }> {
  const out: ReadFile[] = [];
  const errors: string[] = [];
  for (const f of files) {
    try {
      out.push({ name: f.name, text: await readFileText(f) });
    } catch (err) {
      errors.push(`${f.name}: could not be read (${String((err as Error)?.message ?? err)})`);
    }
  }
  return { files: out, errors };
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function ResultFilesInput({ onFiles }: { onFiles: (files: File[]) => void }) {
  const [over, setOver] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const stop = (e: DragEvent) => {
    if (!hasFiles(e)) return false;
    e.preventDefault();
    e.stopPropagation();
    return true;
  };
  return (
    <div
      className="cr-drop"
      data-over={over || undefined}
      data-file-drop="quiz-results"
      onDragEnter={(e) => stop(e) && setOver(true)}
      onDragOver={(e) => {
        if (stop(e)) e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        stop(e);
        // Leaving for a child of the zone is not leaving the zone.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        if (!stop(e)) return;
        setOver(false);
        onFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <label htmlFor={inputId} className="cr-drop-label">
        Result files from students (.json or .csv)
      </label>
      <input
        id={inputId}
        type="file"
        multiple
        accept=".json,.csv,application/json,text/csv"
        aria-describedby={hintId}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = ''; // choosing the same files again still fires a change
          if (files.length) onFiles(files);
        }}
      />
      <p id={hintId} className="hint">
        Choose several files at once, or drop them here. Files that are not Myomap results are listed with the reason; the others still count.
      </p>
    </div>
  );
}
