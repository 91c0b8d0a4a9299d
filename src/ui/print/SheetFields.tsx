import { useId } from 'react';

/**
 * A fill-in line: an input on screen; on paper the typed text, or a blank line to write on
 * (print.css swaps them).
 */
export function FillIn({ label, value, onChange, type = 'text' }: { label: string; value: string; onChange: (v: string) => void; type?: 'text' | 'date' }) {
  const id = useId();
  return (
    <div className="sheet-fill">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="screen-only" type={type} value={value} onChange={(e) => onChange(e.target.value)} />
      <span className="print-only sheet-line">{value}</span>
    </div>
  );
}

/** The therapist's notes: a text box on screen; on paper what was typed, then ruled lines. */
export function NotesBox({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <section className="sheet-block sheet-notes">
      <h3>
        <label htmlFor={id}>Therapist's notes</label>
      </h3>
      <textarea id={id} className="screen-only" rows={4} value={value} onChange={(e) => onChange(e.target.value)} />
      {value.trim() && <p className="print-only sheet-notes-text">{value}</p>}
      <div className="print-only sheet-ruled" aria-hidden="true">
        {Array.from({ length: 5 }, (_, i) => (
          <span key={i} />
        ))}
      </div>
    </section>
  );
}
