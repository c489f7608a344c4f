// Time the editor spends on every keystroke: parse, validate and shape-check a 200-line .nnspec file.
import { missing } from '../src/core/data/files';
import { parseDocument } from 'yaml';
import { analyze } from '../src/core/analyze';
import { editorAnalysis } from '../src/node/analysisProtocol';
import { drawnFirstScreen } from '../src/node/analysisThread/firstScreenDrawing';
import { panelAnalysis } from '../src/node/panelAnalysis';
import { Random } from '../src/core/engine/random';
import { checkShapes } from '../src/core/shapes';
import { parseSpec } from '../src/core/spec';

/** A realistic 200-line file: a 2-16-16-1 network on 86 inline examples, one a line (rows layout). */
export function twoHundredLineSpec(): string {
  const random = new Random(11);
  const X: string[] = [];
  const Y: string[] = [];
  for (let i = 0; i < 86; i++) {
    const x1 = random.normal(),
      x2 = random.normal();
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

/** A 200-line file of the other kind: a deep network, every layer commented, no inline data. */
export function deepNetworkSpec(): string {
  const lines = [
    '# A deep ReLU network on the spiral, one commented layer after another.',
    'name: deep spiral',
    'data:',
    '  generate:',
    '    kind: spiral',
    '    samples: 300',
    '    classes: 3',
    'network:',
    '  input: 2',
    '  init: he',
    '  layers:',
  ];
  for (let l = 1; lines.length < 186; l++) {
    lines.push(`    # layer ${l}: 8 ReLU units`, '    - units: 8', '      activation: relu', '');
  }
  lines.push(
    '    - units: 3',
    '      activation: softmax',
    'loss: cross_entropy',
    'training:',
    '  iterations: 2000',
    '  learning_rate: 0.1',
    '  optimizer: adam',
    '  regularization:',
    '    l2: 0.001',
  );
  while (lines.length < 200) lines.push('# end');
  return `${lines.join('\n')}\n`;
}

/** Median and 90th percentile of 501 timed calls, after a warm-up as an editor session would have had. */
function timesMs(f: () => unknown): { median: number; p90: number } {
  for (let i = 0; i < 300; i++) f();
  const times: number[] = [];
  for (let i = 0; i < 501; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[250], p90: times[450] };
}

const ms = (t: { median: number; p90: number }): string => `${t.median.toFixed(2)} ms (p90 ${t.p90.toFixed(2)})`;

/** What the editor does on a keystroke: parse + validate + shape-check, and the full analyze with the data. */
export function specTimingLines(): string[] {
  const io = { readCsv: (p: string) => missing(p, process.cwd()) };
  return [
    ['inline data, 86 examples', twoHundredLineSpec()],
    ['deep network, no data', deepNetworkSpec()],
  ].map(([kind, text]) => {
    const lines = text.split('\n').length - 1;
    const check = timesMs(() => {
      const p = parseSpec(text);
      if (p.spec) checkShapes(p.spec, p.ranges);
    });
    const yamlOnly = timesMs(() => parseDocument(text));
    const whole = timesMs(() => analyze(text, io));
    const analysis = analyze(text, io);
    const status = analysis.runnable ? 'runnable' : 'NOT runnable';
    // What the analysis worker then does for a panel on it, after the diagnostics went out.
    const facts = { uri: 'file:///bench.nnspec', fileName: 'bench.nnspec', version: 1, lang: 'en' as const };
    const message = { ...panelAnalysis(editorAnalysis(analysis, false), facts), points: undefined };
    const drawn = timesMs(() => drawnFirstScreen(message, 'en'));
    const markup = drawnFirstScreen(message, 'en');
    const size = markup ? `${(markup.length / 1024).toFixed(1)} KB of markup` : 'given up: too large for a page';
    return (
      `${lines}-line spec (${kind}, ${status}): parse + validate + shapes ${ms(check)}, ` +
      `of which the yaml package's parseDocument ${ms(yamlOnly)}; analyze with the data ${ms(whole)}; ` +
      `a panel's first screen drawn (${size}) ${ms(drawn)}; medians`
    );
  });
}
