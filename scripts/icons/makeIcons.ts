/**
 * Writes the app icons to public/icons/ (committed; the web app manifest in vite.config.ts lists
 * them). Run: `npx tsx scripts/icons/makeIcons.ts`. Deterministic: same code → same bytes, which
 * test/app/pwaIcons.test.tsx checks.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawIcon, type IconOptions } from './drawIcon';
import { encodePng } from './encodePng';

/** Every icon file, by name under public/icons/. */
export const ICON_FILES: readonly { file: string; size: number; options: IconOptions }[] = [
  { file: 'icon-192.png', size: 192, options: {} },
  { file: 'icon-512.png', size: 512, options: {} },
  { file: 'maskable-192.png', size: 192, options: { maskable: true } },
  { file: 'maskable-512.png', size: 512, options: { maskable: true } },
];

export const ICON_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/icons');

export function iconPng(size: number, options: IconOptions): Buffer {
  const { rgba } = drawIcon(size, options);
  return encodePng(size, size, rgba);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(ICON_DIR, { recursive: true });
  for (const { file, size, options } of ICON_FILES) {
    const png = iconPng(size, options);
    writeFileSync(join(ICON_DIR, file), png);
    console.log(`public/icons/${file}: ${size}×${size}, ${png.length} bytes`);
  }
}
