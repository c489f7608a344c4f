// `nnspec check | shapes | train | explain | export | diff`: the command line over the pure core. Each
// subcommand lives in src/cli/; this file reads the arguments (--set for every one), picks the
// subcommand and turns failures into exit codes.
import { parseArgs } from 'node:util';
import { checkCommand } from './cli/check';
import type { Command } from './cli/command';
import { diffCommand } from './cli/diff';
import { explainCommand } from './cli/explain';
import { exportCommand } from './cli/export';
import { FileError, UsageError, withSets, type Out } from './cli/io';
import { shapesCommand } from './cli/shapes';
import { shown } from './core/spec/shown';
import { trainCommand } from './cli/train';

const COMMANDS: Command[] = [checkCommand, shapesCommand, trainCommand, explainCommand, exportCommand, diffCommand];
const SHARED = {
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  set: { type: 'string', multiple: true },
} as const;

const USAGE = `Usage:\n${COMMANDS.flatMap((c) => c.usage.map((u) => `  ${u}`)).join('\n')}
Every command takes --set PATH=VALUE (repeatable): one key of the file changed first, as if the
file said so, e.g. --set training.learning_rate=0.5 --set network.layers.1.activation=relu.
`;

/** Options that belong to another subcommand get a clearer message than parseArgs' "unknown option". */
function foreignOption(argv: string[], command: Command): string | undefined {
  const shorts = Object.values(command.options).flatMap((o) => (o.short ? [o.short] : []));
  const own = new Set([...Object.keys(SHARED), 'h', ...Object.keys(command.options), ...shorts]);
  for (const a of argv) {
    const name = /^--?([^=]+)/.exec(a)?.[1];
    if (!name || own.has(name)) continue;
    const owner = COMMANDS.find((c) => c !== command && name in c.options);
    if (owner) return `--${name} goes with ${owner.name}.`;
  }
  return undefined;
}

export function main(argv: string[], io: Out): number {
  try {
    const name = argv.find((a) => !a.startsWith('-'));
    const command = COMMANDS.find((c) => c.name === name);
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(USAGE);
      return 0;
    }
    if (!name) throw new UsageError('Missing command.');
    if (!command) throw new UsageError(`Unknown command '${name}'.`);
    const foreign = foreignOption(argv, command);
    if (foreign) throw new UsageError(foreign);
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...SHARED, ...command.options },
    });
    return withSets(values.set ?? [], () => command.run(positionals.slice(1), values, io));
  } catch (e) {
    if (e instanceof FileError) {
      io.err(e.message);
      return 1;
    }
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`nnspec: ${(e as Error).message}\n${USAGE}`);
      return 2;
    }
    // A bug or an exhausted resource: one line, never a stack trace.
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    io.err(`nnspec: internal error (${shown(what, 300)}). Please report it with the spec that caused it.`);
    return 1;
  }
}

if (require.main === module) {
  // `nnspec train ... | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  process.exitCode = main(process.argv.slice(2), {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(s.startsWith('\r') ? s : `${s}\n`),
    isTTY: Boolean(process.stderr.isTTY),
  });
}
