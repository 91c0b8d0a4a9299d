/** The `pack` command line: dispatch, usage, exit codes (0 ok, 1 problems found, 2 usage error). */
import { parseArgs } from './args';
import { build } from './build';
import { lint, schema, stats, validate } from './commands';
import { find } from './find';
import { UsageError, type Out } from './io';

export const USAGE = `usage: npm run pack -- <command> [options]

  validate <file…> [--base <pack>] [--json]   check packs; exit 1 listing every "path: message"
  lint <file> [--base <pack>] [--model <glb>] [--json] [--strict]
                                              warnings: ids not in the model, zones off the skin,
                                              hold times outside 30–120 s, gaps and unused items
  stats <file> [--json]                       counts of muscles, trigger points, zones, …
  find <region> [--side l|r] [--json] [--limit n] [--pack <file>] [--model <glb>]
                                              muscles that commonly refer to a region, ranked
  schema [--out <file>]                       write public/content/pack.schema.json
  build [--out <file>] [--check]              assemble content/core/* into public/content/core.json`;

type Command = { flags: Record<string, 'bool' | 'value'>; run: (args: ReturnType<typeof parseArgs>, io: Out) => number | Promise<number> };

const COMMANDS: Record<string, Command> = {
  validate: { flags: { base: 'value', json: 'bool' }, run: validate },
  lint: { flags: { base: 'value', model: 'value', json: 'bool', strict: 'bool' }, run: lint },
  stats: { flags: { json: 'bool' }, run: stats },
  find: { flags: { side: 'value', json: 'bool', limit: 'value', pack: 'value', model: 'value' }, run: find },
  schema: { flags: { out: 'value' }, run: schema },
  build: { flags: { out: 'value', check: 'bool', model: 'value' }, run: build },
};

export async function main(argv: readonly string[], io: Out): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    (name ? io.out : io.err)(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return await command.run(parseArgs(rest, command.flags), io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`pack: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`pack: ${name} failed: ${(err as Error)?.message ?? String(err)}`);
    return 1;
  }
}
