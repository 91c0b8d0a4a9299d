/**
 * A short field on one line: the label names it by `for`, not by wrapping it, so a select's options
 * or a number's value never become part of the field's accessible name.
 */
import { useId, type ReactNode } from 'react';

export function InlineField({ label, id, children }: { label: ReactNode; id?: string; children: (id: string) => ReactNode }) {
  const own = useId();
  const fieldId = id ?? own;
  return (
    <div className="field inline">
      <label htmlFor={fieldId}>{label}</label>
      {children(fieldId)}
    </div>
  );
}
