/** `validate`, `lint`, `stats`, `schema`: the commands that read one pack file (or none). */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { lintPack } from '../../src/content/lintPack';
import { packStats } from '../../src/content/packStats';
import { PackSchema, type Pack } from '../../src/content/schema';
import { flag, type Args } from './args';
import { loadBodyModel, type BodyModel } from './bodyModel';
import { DEFAULT_MODEL, display, idsAlongPath, loadPackFile, printProblems, printWarnings, SCHEMA_JSON, UsageError, type Out } from './io';

function baseOption(args: Args, io: Out): { ok: true; base?: Pack } | { ok: false } {
  const file = flag(args, 'base');
  if (!file) return { ok: true };
  const r = loadPackFile(file);
  if (r.ok) return { ok: true, base: r.pack };
  printProblems(io, `${display(file)} (--base)`, r.issues);
  return { ok: false };
}

export function validate(args: Args, io: Out): number {
  if (args.positionals.length === 0) throw new UsageError('validate needs at least one file');
  const base = baseOption(args, io);
  if (!base.ok) return 1;
  const json = args.flags.has('json');
  const report: unknown[] = [];
  let failed = 0;
  for (const file of args.positionals) {
    const r = loadPackFile(file, { base: base.base });
    if (json) report.push({ file, ok: r.ok, issues: r.ok ? [] : r.issues, warnings: r.warnings });
    else if (r.ok) {
      const s = packStats(r.pack);
      const w = r.warnings.length ? `; ${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'}` : '';
      io.out(`${display(file)}: valid (${s.muscles} muscles, ${s.triggerPoints} trigger points${w})`);
      printWarnings(io, r.warnings);
    } else printProblems(io, display(file), r.issues);
    if (!r.ok) failed++;
  }
  if (json) io.out(JSON.stringify(report, null, 2));
  return failed ? 1 : 0;
}

/** The body model, or undefined (with a note) when it cannot be read. */
export async function tryLoadModel(path: string, io: Out): Promise<BodyModel | undefined> {
  if (!existsSync(path)) {
    io.err(`note: ${display(path)} not found: checks against the model are skipped`);
    return undefined;
  }
  try {
    return await loadBodyModel(path);
  } catch (err) {
    io.err(`note: cannot read ${display(path)} (${(err as Error).message}): checks against the model are skipped`);
    return undefined;
  }
}

export async function lint(args: Args, io: Out): Promise<number> {
  const [file, ...rest] = args.positionals;
  if (!file || rest.length) throw new UsageError('lint takes one file');
  const base = baseOption(args, io);
  if (!base.ok) return 1;
  const r = loadPackFile(file, { base: base.base });
  if (!r.ok) {
    printProblems(io, display(file), r.issues);
    return 1;
  }
  const model = await tryLoadModel(flag(args, 'model') ?? DEFAULT_MODEL, io);
  const warnings = [
    ...r.warnings,
    ...lintPack(r.pack, { base: base.base, landmarks: model?.lookup, skinDistance: model?.skinDistance, modelMuscles: model?.muscles }),
  ];
  if (args.flags.has('json')) io.out(JSON.stringify(warnings, null, 2));
  else {
    io.out(`${display(file)}: ${warnings.length ? `${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : 'no warnings'}`);
    printWarnings(io, warnings, idsAlongPath(r.pack));
  }
  return warnings.length && args.flags.has('strict') ? 1 : 0;
}

export function stats(args: Args, io: Out): number {
  const [file, ...rest] = args.positionals;
  if (!file || rest.length) throw new UsageError('stats takes one file');
  const r = loadPackFile(file);
  if (!r.ok) {
    printProblems(io, display(file), r.issues);
    return 1;
  }
  const s = packStats(r.pack);
  if (args.flags.has('json')) io.out(JSON.stringify(s));
  else {
    io.out(`${display(file)}: ${r.pack.title} (version ${r.pack.version})`);
    for (const [k, v] of Object.entries({ ...s, precautions: r.pack.precautions.length, quizzes: r.pack.quizzes.length })) io.out(`  ${k.padEnd(14)} ${v}`);
  }
  return 0;
}

/** The JSON Schema of the input format (defaults make fields optional), for editors. */
export function packJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PackSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://myomap.example/pack.schema.json',
    title: 'Myomap content pack',
    description: 'Generated from src/content/schema.ts by `npm run pack -- schema`; do not edit by hand.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

export function schema(args: Args, io: Out): number {
  if (args.positionals.length) throw new UsageError('schema takes no file (use --out <file>)');
  const out = flag(args, 'out') ?? SCHEMA_JSON;
  const text = `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  io.out(`wrote ${display(out)} (${text.length.toLocaleString('en')} bytes)`);
  return 0;
}
