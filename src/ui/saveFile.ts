/**
 * Saving and reading files without a server: a download is a Blob behind an object URL clicked
 * through a temporary <a download>; reading uses File.text() (with a FileReader fallback for
 * engines, such as older jsdom, that lack it).
 */

/** Starts a download of `text` as `name`. */
export function saveTextFile(name: string, text: string, type = 'application/json'): void {
  const blob = new Blob([text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file's text (UTF-8). */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsText(file);
  });
}

/** Turns a name into a safe file-name part (kebab-case letters and digits). */
export function fileNamePart(s: string, fallback = 'quiz'): string {
  const clean = s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return clean || fallback;
}
