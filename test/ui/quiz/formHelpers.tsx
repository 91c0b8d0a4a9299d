/** Form helpers for the instructor-page tests: set values the way React notices, find fields by label. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { parsePackText } from '../../../src/content/loadPack';
import type { Pack } from '../../../src/content/schema';

export const corePackText = readFileSync(join(import.meta.dirname, '../../../public/content/core.json'), 'utf8');

export const core: Pack = (() => {
  const r = parsePackText(corePackText);
  if (!r.ok) throw new Error('core pack invalid');
  return r.pack;
})();

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Sets an input's, text area's or select's value (native setter + input/change event). */
export function setValue(el: Field, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  act(() => {
    setter?.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

/** The field of the label whose first text is `text` (within `scope`). */
export function field<T extends Field = HTMLInputElement>(scope: ParentNode, text: string): T {
  const label = [...scope.querySelectorAll('label')].find((l) => l.querySelector('span')?.textContent?.trim() === text || l.textContent?.trim() === text);
  const el = label?.querySelector('input, textarea, select') ?? (label?.htmlFor ? document.getElementById(label.htmlFor) : null);
  if (!el) throw new Error(`no field labelled “${text}”`);
  return el as T;
}

export function button(scope: ParentNode, text: string): HTMLButtonElement {
  const b = [...scope.querySelectorAll('button')].find((x) => x.textContent?.replace(/\s+/g, ' ').trim() === text);
  if (!b) throw new Error(`no button “${text}”`);
  return b;
}

/** Gives a file input files and fires change, then lets the async reads settle. */
export async function chooseFiles(input: HTMLInputElement, files: File[]): Promise<void> {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
  });
}

/** Captures downloads made through URL.createObjectURL + <a download>.click(). */
export function captureDownloads(): { files: { name: string; blob: Blob }[]; restore: () => void } {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  const origCreate = URL.createObjectURL;
  const origRevoke = URL.revokeObjectURL;
  const origClick = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, b as Blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) files.push({ name: this.download, blob });
  };
  return {
    files,
    restore: () => {
      URL.createObjectURL = origCreate;
      URL.revokeObjectURL = origRevoke;
      HTMLAnchorElement.prototype.click = origClick;
    },
  };
}

export function blobText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.readAsText(blob);
  });
}
