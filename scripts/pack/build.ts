/** `build`: content/core/* → public/content/core.json, only when the assembled pack is valid. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { lintPack } from '../../src/content/lintPack';
import { parsePack } from '../../src/content/loadPack';
import { packStats } from '../../src/content/packStats';
import { flag, type Args } from './args';
import { buildCorePack, originOf } from './buildCorePack';
import { tryLoadModel } from './commands';
import { CORE_JSON, DEFAULT_MODEL, display, printProblems, UsageError, type Out } from './io';

export async function build(args: Args, io: Out): Promise<number> {
  if (args.positionals.length) throw new UsageError('build takes no file (use --out <file>)');
  const out = flag(args, 'out') ?? CORE_JSON;
  const assembled = buildCorePack();
  if (assembled.problems.length) {
    printProblems(io, 'content/core', assembled.problems);
    io.out(`not written: ${display(out)}`);
    return 1;
  }
  const r = parsePack(assembled.pack);
  const where = (path: string) => originOf(assembled, path);
  if (!r.ok) {
    printProblems(io, `content/core (${assembled.files.length} files)`, r.issues, where);
    io.out(`not written: ${display(out)} (fix the problems above first)`);
    return 1;
  }
  const text = `${JSON.stringify(r.pack, null, 2)}\n`;
  if (args.flags.has('check')) {
    const same = existsSync(out) && readFileSync(out, 'utf8') === text;
    io.out(same ? `${display(out)} is up to date` : `${display(out)} is out of date: run \`npm run pack -- build\``);
    return same ? 0 : 1;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const s = packStats(r.pack);
  io.out(`wrote ${display(out)}: ${s.muscles} muscles, ${s.triggerPoints} trigger points, ${s.zones} zones, ${s.regions} regions (${text.length.toLocaleString('en')} bytes)`);
  const model = await tryLoadModel(flag(args, 'model') ?? DEFAULT_MODEL, io);
  const warnings = [...r.warnings, ...lintPack(r.pack, { landmarks: model?.lookup, skinDistance: model?.skinDistance, modelMuscles: model?.muscles })];
  if (warnings.length) io.out(`${warnings.length} lint warning${warnings.length === 1 ? '' : 's'}: see \`npm run pack -- lint ${display(out)}\``);
  return 0;
}
