// Time analyze() takes on the inputs of issue 13 that once froze the editor: each is now a clear
// diagnostic found in milliseconds (medians of 21 calls, in the extension's bundle).
import { analyze } from '../src/core/analyze';
import { missing } from '../src/core/data/files';

const FLOWER = `data:
  generate: {kind: flower, samples: 400}
network:
  layers:
    - {units: 4, activation: tanh}
    - {units: 1, activation: sigmoid}
loss: binary_cross_entropy
training: {iterations: 1000, learning_rate: 1.2}
`;

const CASES: [string, string][] = [
  ['iterations: 1000000000000', FLOWER.replace('iterations: 1000', 'iterations: 1000000000000')],
  ['epochs: 1e308', FLOWER.replace('iterations: 1000', 'epochs: 1e308')],
  ['units: 1e9', FLOWER.replace('units: 4', 'units: 1e9')],
  ['units: 2000 (a warning)', FLOWER.replace('units: 4', 'units: 2000')],
  ['samples: 1000000', FLOWER.replace('samples: 400', 'samples: 1000000')],
  [
    'spiral, classes: 20000',
    FLOWER.replace('kind: flower, samples: 400', 'kind: spiral, samples: 90000, classes: 20000'),
  ],
  ['a 30 KB key over 2,000 entries', `${'k'.repeat(30_000)}:\n${'  - 1\n'.repeat(2000)}${FLOWER}`],
  ['a 120,000-deep sequence', `${FLOWER}x: ${'- '.repeat(120_000)}1\n`],
  ['no-break spaces after every key', FLOWER.replace(/:/g, '\u00a0:')],
  ['a BOM and CR line endings', `\ufeff${FLOWER.replace(/\n/g, '\r')}`],
];

function medianMs(f: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[10];
}

export function hostileTimingLines(): string[] {
  const io = { readCsv: (p: string) => missing(p, process.cwd()) };
  return CASES.map(([name, text]) => {
    const codes = [...new Set(analyze(text, io).diagnostics.map((d) => d.code))].join(', ') || 'no diagnostics';
    return `hostile spec, ${name}: analyze ${medianMs(() => analyze(text, io)).toFixed(2)} ms (median of 21): ${codes}`;
  });
}
