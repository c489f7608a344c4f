// `nnspec export FILE --to numpy|pytorch [-o PATH] [--force] [--iterations N]`: one standalone
// Python script that reproduces the run; printed, or written to PATH (never over a file unless --force).
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { defaultScriptName, EXPORT_TARGETS, exportScript, type ExportTarget } from '../core/export';
import { closest } from '../core/spec/suggest';
import { csvPathFor } from '../node/scriptFile';
import type { Command } from './command';
import { FileError, load, notRunnable, oneFile, UsageError, wholeNumber, withIterations } from './io';
import { say } from './language';

function target(v: string | undefined): ExportTarget {
  if (v === undefined) throw new UsageError(say('cli.exportNeedsTo'));
  if ((EXPORT_TARGETS as readonly string[]).includes(v)) return v as ExportTarget;
  const guess = closest(v, EXPORT_TARGETS);
  throw new UsageError(say('cli.exportBadTo', { value: v, guess: guess ? say('cli.didYouMean', { guess }) : '' }));
}

/** Where the script goes: undefined for stdout; a folder gets the default name inside it. */
function outputPath(output: string | undefined, file: string, to: ExportTarget, force: boolean): string | undefined {
  if (output === undefined || output === '-') return undefined;
  let path = resolve(output);
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, defaultScriptName(basename(file), to));
  if (!existsSync(dirname(path))) throw new FileError(say('cli.noFolder', { path, folder: dirname(path) }));
  if (existsSync(path) && !force) throw new FileError(say('cli.exists', { path }));
  return path;
}

/** The path relative to the current folder when it lies inside it. */
function shown(path: string): string {
  const r = relative(process.cwd(), path);
  return r.startsWith('..') || r === '' ? path : r;
}

function write(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new FileError(say('cli.cannotWrite', { path, why: (e as Error).message }));
  }
}

export const exportCommand: Command = {
  name: 'export',
  usage: [
    { synopsis: 'nnspec export FILE --to numpy|pytorch [-o PATH] [--force] [--iterations N]' },
    { synopsis: ' '.repeat(39), what: 'cli.usage.export' },
  ],
  options: {
    to: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean', default: false },
    iterations: { type: 'string' },
  },
  run(positionals, values, io) {
    const file = oneFile('export', positionals);
    const to = target(values.to as string | undefined);
    const iterations = wholeNumber('iterations', values.iterations as string | undefined, 1);
    const json = values.json === true;
    const path = outputPath(values.output as string | undefined, file, to, values.force === true);
    const analysis = load(file);
    if (!analysis.runnable || !analysis.parse.spec || !analysis.dataset)
      return notRunnable(file, analysis, json, io, 'cli.notExported');
    const spec = withIterations(analysis.parse.spec, iterations);
    const result = exportScript(spec, analysis.dataset, {
      to,
      sourceName: basename(file),
      scriptName: path ? basename(path) : defaultScriptName(basename(file), to),
      csvPath: csvPathFor(spec, dirname(resolve(file)), path ? dirname(path) : process.cwd()),
    });
    if ('problem' in result) throw new FileError(say('cli.exportProblem', { file, problem: result.problem }));
    if (path) write(path, result.script);
    if (json) io.out(JSON.stringify(path ? { to, path } : { to, script: result.script }));
    else if (path) io.out(say('cli.wrote', { path: shown(path) }));
    else io.out(result.script.replace(/\n$/, ''));
    return 0;
  },
};
