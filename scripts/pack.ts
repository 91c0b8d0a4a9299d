/**
 * `npm run pack -- <command>`: validate, lint, stats, find, schema and build content packs.
 * See scripts/pack/cli.ts for the commands; never prints a stack trace.
 */
import { main } from './pack/cli';

// A closed pipe (`… | head`) ends the command quietly instead of with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? 0 : 1));
}

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};

try {
  process.exitCode = await main(process.argv.slice(2), io);
} catch (err) {
  io.err(`pack: ${(err as Error)?.message ?? String(err)}`);
  process.exitCode = 1;
}
