// `nnspec check | shapes | train | explain | export | diff`: the command line over the pure core. Each
// subcommand lives in src/cli/; this file reads the arguments (--set for every one), picks the
// subcommand and turns failures into exit codes.
import { parseArgs } from 'node:util';
import { checkCommand } from './cli/check';
import { usageLine, type Command } from './cli/command';
import { diffCommand } from './cli/diff';
import { explainCommand } from './cli/explain';
import { exportCommand } from './cli/export';
import { FileError, UsageError, withSets, type Out } from './cli/io';
import { chooseLanguage, say, setLanguage } from './cli/language';
import { parseArgsMessage } from './cli/parseErrors';
import { shapesCommand } from './cli/shapes';
import { shown } from './core/spec/shown';
import { trainCommand } from './cli/train';

const COMMANDS: Command[] = [checkCommand, shapesCommand, trainCommand, explainCommand, exportCommand, diffCommand];
const SHARED = {
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  set: { type: 'string', multiple: true },
  lang: { type: 'string' },
} as const;

const usage = () => `${say('cli.usage')}\n${COMMANDS.flatMap((c) => c.usage.map((u) => `  ${usageLine(u)}`)).join('\n')}
${say('cli.setHelp')}
${say('cli.langHelp')}
`;

/** --lang's value wherever it is (it is read before the subcommand's options are checked). */
function langOption(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  return argv[i].startsWith('--lang=') ? argv[i].slice('--lang='.length) : (argv[i + 1] ?? '');
}

/** Options that belong to another subcommand get a clearer message than parseArgs' "unknown option". */
function foreignOption(argv: string[], command: Command): string | undefined {
  const shorts = Object.values(command.options).flatMap((o) => (o.short ? [o.short] : []));
  const own = new Set([...Object.keys(SHARED), 'h', ...Object.keys(command.options), ...shorts]);
  for (const a of argv) {
    const name = /^--?([^=]+)/.exec(a)?.[1];
    if (!name || own.has(name)) continue;
    const owner = COMMANDS.find((c) => c !== command && name in c.options);
    if (owner) return say('cli.foreignOption', { option: name, command: owner.name });
  }
  return undefined;
}

export function main(argv: string[], io: Out, env: NodeJS.ProcessEnv = process.env): number {
  const lang = langOption(argv);
  setLanguage(chooseLanguage(lang, env));
  try {
    if (lang !== undefined && lang !== 'ko' && lang !== 'en') throw new UsageError(say('cli.badLang', { lang }));
    const name = argv.find((a, i) => !a.startsWith('-') && argv[i - 1] !== '--lang');
    const command = COMMANDS.find((c) => c.name === name);
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(usage());
      return 0;
    }
    if (!name) throw new UsageError(say('cli.missingCommand'));
    if (!command) throw new UsageError(say('cli.unknownCommand', { name }));
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
    if (e instanceof UsageError) {
      io.err(`nnspec: ${e.message}\n${usage()}`);
      return 2;
    }
    if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`nnspec: ${parseArgsMessage(e as Error)}\n${usage()}`);
      return 2;
    }
    // A bug or an exhausted resource: one line, never a stack trace.
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    io.err(`nnspec: ${say('cli.internalError', { what: shown(what, 300) })}`);
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
