// `nnspec explain FILE --step T --entry NAME [--json]`: trains up to step T as `train` does and
// explains one number of that step (the formula, the numbers written in, where each comes from).
import type { Analysis } from '../core/analyze';
import { explain, explainContext } from '../core/explain';
import { checkEntry, parseEntry, type ParsedEntry } from '../core/explain/entry';
import { explanationText } from '../core/explain/text';
import { render } from '../core/messages/message';
import type { Spec } from '../core/spec/types';
import { Trainer } from '../core/training/trainer';
import type { Snapshot } from '../core/training/types';
import type { Command } from './command';
import { FileError, load, notRunnable, oneFile, UsageError, wholeNumber, type Out } from './io';
import { language, say } from './language';

function entryOption(value: string | undefined): { name: string; parsed: ParsedEntry } {
  if (value === undefined || value.trim() === '') throw new UsageError(say('cli.missingEntry'));
  const parsed = parseEntry(value, language());
  if (!parsed.ok) throw new UsageError(parsed.error);
  return { name: value, parsed: parsed.value };
}

/** Fails with a usage error when the entry's layer or indices do not fit the network and batch of size m. */
function checkFits(parsed: ParsedEntry, spec: Spec, sizes: number[], m: number): void {
  const checked = checkEntry(parsed, { sizes, m, layout: spec.layout }, language());
  if (!checked.ok) throw new UsageError(checked.error);
}

/** Runs steps 0..T (no history of snapshots: only step T's is taken). */
function snapshotOf(file: string, analysis: Analysis, T: number, parsed: ParsedEntry): Snapshot {
  const spec = analysis.parse.spec!;
  const trainer = new Trainer(spec, analysis.dataset!, { history: { first: 0, last: 0, thinned: 0 } });
  const total = trainer.totalSteps;
  if (T >= total) {
    const range = total === 0 ? say('cli.none') : `0–${total - 1}`;
    throw new UsageError(say('cli.pastEnd', { step: T, file, total, range }));
  }
  const sizes = [analysis.dataset!.X.rows, ...spec.network.layers.map((l) => l.units)];
  checkFits(parsed, spec, sizes, trainer.batches.batchSize);
  for (let t = 0; t <= T; t++) {
    const record = trainer.next(t === T);
    if (record?.snapshot) return record.snapshot;
    if (!record) break;
  }
  const d = trainer.divergence;
  const why = d ? render(language(), d.l10n) : say('cli.stoppedBefore');
  throw new FileError(say('cli.neverRun', { file, step: T, why }));
}

function run(file: string, T: number, entry: { name: string; parsed: ParsedEntry }, json: boolean, io: Out): number {
  const analysis = load(file);
  const spec = analysis.parse.spec;
  if (!analysis.runnable || !spec || !analysis.dataset)
    return notRunnable(file, analysis, json, io, 'cli.notExplained');
  const snapshot = snapshotOf(file, analysis, T, entry.parsed);
  // The last batch of an epoch may be smaller than the others.
  checkFits(entry.parsed, spec, [snapshot.X.rows, ...snapshot.layers.map((l) => l.Z.rows)], snapshot.X.cols);
  const result = explain(snapshot, explainContext(spec), entry.name, language());
  if (!result.ok) throw new FileError(`${file}: ${result.error}`);
  io.out(json ? JSON.stringify(result.explanation) : explanationText(result.explanation, file, language()));
  return 0;
}

export const explainCommand: Command = {
  name: 'explain',
  usage: [{ synopsis: 'nnspec explain FILE --step T --entry NAME [--json]   ', what: 'cli.usage.explain' }],
  options: { step: { type: 'string' }, entry: { type: 'string' } },
  run(positionals, values, io) {
    const file = oneFile('explain', positionals);
    const T = wholeNumber('step', values.step as string | undefined, 0);
    if (T === undefined) throw new UsageError(say('cli.missingStep'));
    const entry = entryOption(values.entry as string | undefined);
    return run(file, T, entry, values.json === true, io);
  },
};
