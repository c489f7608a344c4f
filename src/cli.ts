// `nnspec check | shapes | train`: the command line over the pure core.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, type Analysis } from './core/analyze';
import { diagnosticJson, parametersJson, shapesJson, stepJson } from './core/report';
import { plural } from './core/shapes/dims';
import { shapeTableText } from './core/shapes/text';
import type { Diagnostic, Spec } from './core/spec/types';
import { Trainer } from './core/training/trainer';

const USAGE = `Usage:
  nnspec check  FILE [--json]            diagnostics; exit 1 when there is an error
  nnspec shapes FILE [--json]            the shape of every matrix, per layer
  nnspec train  FILE [--json] [--steps K] [--iterations N]
`;

class UsageError extends Error {}
class FileError extends Error {}

interface Out {
  out(s: string): void;
  err(s: string): void;
  isTTY: boolean;
}

function positiveInt(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, not '${v}'.`);
  return n;
}

function load(file: string): { analysis: Analysis; path: string } {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    throw new FileError(`Cannot read ${file}: ${why}.`);
  }
  const io = { baseDir: dirname(path), readFile: (p: string) => readFileSync(p, 'utf8') };
  return { analysis: analyze(text, io), path };
}


function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.range.line}:${d.range.column}: ${d.severity} ${d.message} [${d.code}]`;
}

function summary(ds: Diagnostic[]): string {
  const n = (s: Diagnostic['severity']) => ds.filter((d) => d.severity === s).length;
  return `${plural(n('error'), 'error')}, ${plural(n('warning'), 'warning')}`;
}

function check(file: string, json: boolean, io: Out): number {
  const { analysis } = load(file);
  const ds = analysis.diagnostics;
  if (json) io.out(JSON.stringify({ diagnostics: ds.map(diagnosticJson) }, null, 2));
  else {
    for (const d of ds) io.out(formatDiagnostic(file, d));
    io.out(ds.length === 0 ? `${file}: no problems found.` : summary(ds));
  }
  return ds.some((d) => d.severity === 'error') ? 1 : 0;
}

function shapes(file: string, json: boolean, io: Out): number {
  const { analysis } = load(file);
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (json) {
    io.out(JSON.stringify({
      shapes: analysis.shapes ? shapesJson(analysis.shapes) : null,
      diagnostics: analysis.diagnostics.map(diagnosticJson),
    }, null, 2));
  } else {
    if (analysis.shapes) io.out(shapeTableText(analysis.shapes, analysis.parse.spec?.name, true));
    for (const d of analysis.diagnostics) io.err(formatDiagnostic(file, d));
  }
  return errors.length > 0 || !analysis.shapes ? 1 : 0;
}

function withIterations(spec: Spec, iterations: number | undefined): Spec {
  if (iterations === undefined) return spec;
  return { ...spec, training: { ...spec.training, iterations, epochs: undefined } };
}

function train(file: string, json: boolean, steps: number | undefined, iterations: number | undefined, io: Out): number {
  const { analysis } = load(file);
  if (!analysis.runnable || !analysis.parse.spec || !analysis.dataset) {
    if (json) io.out(JSON.stringify({ diagnostics: analysis.diagnostics.map(diagnosticJson) }, null, 2));
    else {
      for (const d of analysis.diagnostics) io.err(formatDiagnostic(file, d));
      io.err(`${file}: not trained: ${summary(analysis.diagnostics)}.`);
    }
    return 1;
  }
  const spec = withIterations(analysis.parse.spec, iterations);
  const layout = spec.layout;
  if (!json && analysis.shapes) io.out(shapeTableText(analysis.shapes, spec.name, false));

  const trainer = new Trainer(spec, analysis.dataset);
  const recorded: ReturnType<typeof stepJson>[] = [];
  const progress = !json && io.isTTY;
  let lastDraw = 0;
  for (;;) {
    const want = steps !== undefined && trainer.stepIndex < steps;
    const r = trainer.next(want);
    if (!r) break;
    if (want && r.snapshot) recorded.push(stepJson(r.snapshot, layout));
    if (progress && (r.step & 63) === 0 && Date.now() - lastDraw > 100) {
      lastDraw = Date.now();
      const acc = r.accuracy === undefined ? '' : `  accuracy ${(100 * r.accuracy).toFixed(1)}%`;
      io.err(`\rstep ${r.step + 1}/${trainer.totalSteps}  cost ${r.cost.toPrecision(6)}${acc}   `);
    }
  }
  if (progress) io.err('\r\x1b[K');

  const evaluation = trainer.divergence ? undefined : trainer.evaluate();
  const costs = trainer.history.costs;
  if (json) {
    io.out(JSON.stringify({
      shapes: analysis.shapes ? shapesJson(analysis.shapes) : null,
      costs,
      finalCost: evaluation?.cost ?? null,
      parameters: parametersJson(trainer.parameters(), layout),
      ...(analysis.dataset.task === 'classification' && evaluation ? { accuracy: evaluation.accuracy } : {}),
      ...(evaluation?.testCost !== undefined ? { testCost: evaluation.testCost, testAccuracy: evaluation.testAccuracy } : {}),
      ...(steps !== undefined ? { steps: recorded } : {}),
      ...(trainer.divergence ? { diverged: trainer.divergence } : {}),
      diagnostics: analysis.diagnostics.map(diagnosticJson),
    }));
  } else if (trainer.divergence) {
    io.err(trainer.divergence.message);
  } else if (evaluation) {
    const lines = [`trained ${costs.length} steps: cost J = ${evaluation.cost.toPrecision(6)} (J_0 = ${costs[0]?.toPrecision(6)})`];
    if (evaluation.accuracy !== undefined) lines.push(`training accuracy ${(100 * evaluation.accuracy).toFixed(2)}%`);
    if (evaluation.testCost !== undefined) {
      const acc = evaluation.testAccuracy === undefined ? '' : `, accuracy ${(100 * evaluation.testAccuracy).toFixed(2)}%`;
      lines.push(`test cost ${evaluation.testCost.toPrecision(6)}${acc}`);
    }
    io.out(lines.join('\n'));
  }
  return trainer.divergence ? 1 : 0;
}

export function main(argv: string[], io: Out): number {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        steps: { type: 'string' },
        iterations: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const [command, file, ...rest] = positionals;
    if (!command) throw new UsageError('Missing command.');
    if (!file) throw new UsageError(`Missing FILE for '${command}'.`);
    if (rest.length > 0) throw new UsageError(`Unexpected argument '${rest[0]}'.`);
    if (command !== 'train' && (values.steps !== undefined || values.iterations !== undefined)) {
      throw new UsageError('--steps and --iterations go with train.');
    }
    switch (command) {
      case 'check':
        return check(file, values.json, io);
      case 'shapes':
        return shapes(file, values.json, io);
      case 'train':
        return train(file, values.json, positiveInt('steps', values.steps, 0), positiveInt('iterations', values.iterations, 1), io);
      default:
        throw new UsageError(`Unknown command '${command}'.`);
    }
  } catch (e) {
    if (e instanceof FileError) {
      io.err(e.message);
      return 1;
    }
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`nnspec: ${(e as Error).message}\n${USAGE}`);
      return 2;
    }
    throw e;
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
