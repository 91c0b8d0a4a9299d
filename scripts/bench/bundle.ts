/** Gzip size of the JavaScript that index.html loads initially (module scripts + modulepreloads). */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  files: { file: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
}

export function initialJs(distDir: string): InitialJs {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const urls = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag) && attr('src')) urls.add(attr('src')!);
    if (/^<link/i.test(tag) && /modulepreload/i.test(attr('rel') ?? '') && attr('href')) urls.add(attr('href')!);
  }
  const files = [...urls]
    .filter((u) => !/^(https?:)?\/\//.test(u) && /\.m?js(\?|$)/.test(u))
    .map((u) => {
      const file = resolve(distDir, u.replace(/^\.?\//, '').replace(/\?.*$/, ''));
      const bytes = readFileSync(file);
      return { file: file.slice(distDir.length + 1), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    });
  return { files, gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0) };
}
