// Time to parse, validate, load and shape-check a 200-line .nnspec file through `analyze`,
// when that module exists (it is imported dynamically so the benchmark runs without it).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Random } from '../src/core/engine/random';

/** A realistic 200-line file: a 2-16-16-1 network on 86 inline examples, one a line (rows layout). */
export function twoHundredLineSpec(): string {
  const random = new Random(11);
  const X: string[] = [];
  const Y: string[] = [];
  for (let i = 0; i < 86; i++) {
    const x1 = random.normal(), x2 = random.normal();
    X.push(`      - [${x1.toFixed(4)}, ${x2.toFixed(4)}]`);
    Y.push(`      - [${x1 * x2 > 0 ? 1 : 0}]`);
  }
  const lines = [
    '# Which quadrant: same sign of x1 and x2 or not.',
    'name: inline quadrants, two hidden layers',
    'seed: 3',
    'layout: rows',
    'data:',
    '  normalize: standard',
    '  test_split: 0.2',
    '  inline:',
    '    X:',
    ...X,
    '    Y:',
    ...Y,
    'network:',
    '  init: he',
    '  layers:',
    '    - units: 16',
    '      activation: relu',
    '    - units: 16',
    '      activation: leaky_relu',
    '      alpha: 0.05',
    '    - units: 1',
    '      activation: sigmoid',
    'loss: binary_cross_entropy',
    'training:',
    '  epochs: 50',
    '  learning_rate: 0.05',
    '  batch_size: 32',
    '  optimizer: adam',
    '  regularization:',
    '    l2: 0.01',
  ];
  return `${lines.join('\n')}\n`;
}

interface Analyzer {
  analyze(text: string, io: { baseDir: string; readFile(p: string): string }): { runnable: boolean; diagnostics: { message: string }[] };
}

/** A printable line, or undefined when src/core/analyze.ts does not exist. */
export async function specTimingLine(): Promise<string | undefined> {
  const path = join(__dirname, '..', 'src', 'core', 'analyze.ts');
  if (!existsSync(path)) return undefined;
  let analyze: Analyzer['analyze'];
  try {
    ({ analyze } = (await import(path)) as Analyzer);
  } catch (e) {
    return `analyze of a 200-line spec: skipped, src/core/analyze.ts does not load yet (${e instanceof Error ? e.message.split('\n')[0] : e})`;
  }
  const text = twoHundredLineSpec();
  const io = { baseDir: process.cwd(), readFile: (p: string): string => { throw new Error(`no file ${p}`); } };
  let t0 = performance.now();
  const first = analyze(text, io);
  const cold = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    t0 = performance.now();
    analyze(text, io);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const lines = text.split('\n').length - 1;
  const status = first.runnable ? 'runnable' : `NOT runnable: ${first.diagnostics.map((d) => d.message).join('; ')}`;
  return `analyze (parse + validate + data + shapes) of a ${lines}-line spec: first call ${cold.toFixed(1)} ms, then median ${times[15].toFixed(2)} ms (${status})`;
}
