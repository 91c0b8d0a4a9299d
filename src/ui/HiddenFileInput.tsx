import type { Ref } from 'react';

/** A visually hidden JSON file input opened by a visible button (the button is the control users see and tab to). */
export function HiddenFileInput({ inputRef, label, onFile }: { inputRef: Ref<HTMLInputElement>; label: string; onFile: (file: File) => void }) {
  return (
    <input
      ref={inputRef}
      type="file"
      accept=".json,application/json"
      className="visually-hidden"
      tabIndex={-1}
      aria-label={label}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
