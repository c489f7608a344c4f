// Host message streams from real runs: an example with compare: trained here with the engine (the
// file and each variant, to the end), as the host would send them to a panel that shows them side by side.

import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyze, type Analysis } from '../../src/core/analyze';
import { dataPoints } from '../../src/core/dto';
import { networkConfig } from '../../src/core/engine/init';
import { exampleAxis } from '../../src/core/layout';
import { finishedSummary } from '../../src/core/runText';
import { BoundaryGrid, boundsOf } from '../../src/core/training/boundary';
import { Trainer } from '../../src/core/training/trainer';
import { diskIO } from '../../src/node/dataFiles';
import type { HostMessage, RunSummary, StepPoint } from '../../src/protocol';

const examples = join(__dirname, '..', '..', 'examples');

/** One run trained to its end: its progress in batches as the host sends them, its final boundary and status. */
function trained(
  runId: number,
  a: Analysis,
): { messages: HostMessage[]; summary: Omit<RunSummary, 'number' | 'label' | 'experiment'> } {
  const spec = a.parse.spec!;
  const data = a.dataset!;
  const t = new Trainer(spec, data, { history: { first: 0, last: 1, thinned: 0 } });
  while (t.next()) continue;
  const h = t.history;
  const points: StepPoint[] = h.costs.values().map((cost, step) => ({
    step,
    cost,
    gradNorms: h.gradNorms.map((layer) => layer.at(step)!),
    ...(h.accuracies.length > 0 ? { accuracy: h.accuracies.at(step)! } : {}),
  }));
  const messages: HostMessage[] = [];
  for (let k = 0; k < points.length; k += 1000) {
    const testPoints = h.testPoints.filter((p) => p.step >= k && p.step < k + 1000);
    messages.push({ type: 'progress', runId, points: points.slice(k, k + 1000), testPoints });
  }
  if (data.X.rows === 2) {
    const grid = new BoundaryGrid(networkConfig(spec, 2), boundsOf(data.X), 40);
    messages.push({ type: 'boundary', runId, boundary: grid.compute(t.parameters(), t.stepIndex) });
  }
  const final = t.evaluate();
  const status = { status: 'done' as const, stale: false, stepsRun: t.stepIndex, totalSteps: t.totalSteps };
  const message = finishedSummary(t.stepIndex, final);
  messages.push({ type: 'status', runId, ...status, message, final });
  return { messages, summary: { runId, ...status, message, final, overlaid: true, live: true } };
}

/** The analysis, the run list (the file's run current, each variant ticked) and every run's reports, for `file`. */
export function compareStream(file: string, firstRunId = 1): { messages: HostMessage[]; names: string[] } {
  const text = readFileSync(join(examples, file), 'utf8');
  const a = analyze(text, diskIO({ baseDir: examples }));
  if (!a.runnable || a.variants.length === 0) throw new Error(`${file} is not a runnable compare: file`);
  const spec = a.parse.spec!;
  const runs = [a, ...a.variants.map((v) => v.analysis)].map((x, k) => trained(firstRunId + k, x));
  const labels = ['the file', ...a.variants.map((v) => v.name)];
  const summaries: RunSummary[] = runs.map((r, k) => ({
    ...r.summary,
    number: k + 1,
    label: labels[k],
    experiment: firstRunId,
    overlaid: k > 0,
    ...(k > 0 ? { variant: labels[k] } : {}),
  }));
  const analysis: HostMessage = {
    type: 'analysis',
    name: spec.name ?? file,
    fileName: basename(file),
    uri: `file:///work/examples/${file}`,
    exampleAxis: exampleAxis(spec.layout),
    shapes: a.shapes,
    diagnostics: a.diagnostics,
    runnable: true,
    points: a.dataset!.X.rows === 2 ? dataPoints(a.dataset!) : undefined,
  };
  const list: HostMessage = { type: 'runs', current: firstRunId, runs: [...summaries].reverse() };
  return {
    messages: [analysis, list, ...runs.flatMap((r) => r.messages)],
    names: labels.map((l, k) => `#${k + 1} ${l}`),
  };
}
