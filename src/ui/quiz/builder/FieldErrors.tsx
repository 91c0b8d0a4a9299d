/**
 * Problems shown next to the field they are about. The builder provides its issues by path
 * (`questions[2].choices`); a field asks for its own path and gets the messages, an element id to
 * point aria-describedby at, and whether to mark itself aria-invalid.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { PackIssue } from '../../../content/packIssue';

type ByPath = ReadonlyMap<string, readonly string[]>;

const IssuesContext = createContext<ByPath>(new Map());

export function issuesByPath(issues: readonly PackIssue[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const i of issues) map.set(i.path, [...(map.get(i.path) ?? []), i.message]);
  return map;
}

export function IssuesProvider({ issues, children }: { issues: ByPath; children: ReactNode }) {
  return <IssuesContext.Provider value={issues}>{children}</IssuesContext.Provider>;
}

/** The DOM id of a path's error text (paths hold [ ] . characters). */
export function errorId(path: string): string {
  return `qb-err-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** The DOM id a field with this path carries, so the issue list can move focus to it. */
export function fieldId(path: string): string {
  return `qb-field-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

export interface FieldState {
  messages: readonly string[];
  /** Props for the input: id, aria-invalid, aria-describedby. */
  inputProps: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };
}

/** The messages for one or more paths (e.g. a number field also answers for a missing value). */
export function useField(path: string, ...more: string[]): FieldState {
  const byPath = useContext(IssuesContext);
  const messages = [path, ...more].flatMap((p) => byPath.get(p) ?? []);
  return {
    messages,
    inputProps: messages.length ? { id: fieldId(path), 'aria-invalid': true, 'aria-describedby': errorId(path) } : { id: fieldId(path) },
  };
}

/**
 * A labelled field: the label holds only the field's name (so the accessible name stays short),
 * the hint and the problems follow and are tied to the input by aria-describedby.
 */
export function LabeledField({ label, path, more = [], hint, className, children }: { label: ReactNode; path: string; more?: readonly string[]; hint?: ReactNode; className?: string; children: (inputProps: FieldState['inputProps']) => ReactNode }) {
  const f = useField(path, ...more);
  const hintId = hint ? `${fieldId(path)}-hint` : undefined;
  const describedBy = [f.inputProps['aria-describedby'], hintId].filter(Boolean).join(' ') || undefined;
  const inputProps: FieldState['inputProps'] = { ...f.inputProps };
  if (describedBy) inputProps['aria-describedby'] = describedBy;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={f.inputProps.id}>{label}</label>
      {children(inputProps)}
      {hint && (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      )}
      <FieldError path={path} messages={f.messages} />
    </div>
  );
}

/** The messages of a field, under it. */
export function FieldError({ path, messages }: { path: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <span className="field-error" id={errorId(path)}>
      {messages.join('; ')}
    </span>
  );
}
