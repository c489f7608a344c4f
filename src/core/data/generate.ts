// `data.generate`: check the generator's settings, draw the points, encode the targets.
import { msg } from '../messages/message';
import { Codes } from '../spec/codes';
import { Random } from '../engine/random';
import { zeros } from '../engine/matrix';
import { count, MAX_CLASSES, MAX_DATA_NUMBERS, MAX_EXAMPLES } from '../spec/limits';
import { diagnosticAt } from '../spec/ranges';
import type { DataSource, Diagnostic, RangeMap, Spec } from '../spec/types';
import { CHOOSES_CLASSES, DEFAULT_NOISE, generatePoints } from './generators';
import { encodeClasses, wantsOneHot } from './labels';
import type { RawResult } from './raw';

type GenerateSource = Extract<DataSource, { kind: 'generate' }>;

function checkSamples(samples: number, ranges: RangeMap): Diagnostic | undefined {
  const at = 'data.generate.samples';
  if (!Number.isInteger(samples) || samples < 1)
    return diagnosticAt(
      ranges,
      at,
      'error',
      Codes.dataSamples,
      msg('generate.samples', { max: count(MAX_EXAMPLES), samples }),
    );
  if (samples <= MAX_EXAMPLES) return undefined;
  return diagnosticAt(
    ranges,
    at,
    'error',
    Codes.tooManyExamples,
    msg('generate.tooManySamples', { samples: count(samples), max: count(MAX_EXAMPLES) }),
  );
}

function checkClasses(src: GenerateSource, ranges: RangeMap): Diagnostic | undefined {
  const { classes, samples } = src;
  const at = 'data.generate.classes';
  if (classes !== undefined && (!Number.isInteger(classes) || classes < 2))
    return diagnosticAt(ranges, at, 'error', Codes.dataClasses, msg('generate.classes', { classes }));
  if (classes !== undefined && classes > MAX_CLASSES) {
    return diagnosticAt(
      ranges,
      at,
      'error',
      Codes.tooManyClasses,
      msg('generate.tooManyClasses', { classes: count(classes), max: count(MAX_CLASSES) }),
    );
  }
  if (samples < (classes ?? 2)) {
    return diagnosticAt(
      ranges,
      'data.generate.samples',
      'error',
      Codes.dataSamples,
      msg('generate.samplesPerClass', { samples, classes: classes ?? 2 }),
    );
  }
  return undefined;
}

/** X (2, m) and a one-hot Y (classes, m) together, before any of it is drawn. */
function checkDataSize(spec: Spec, src: GenerateSource, ranges: RangeMap): Diagnostic | undefined {
  const classes = src.classes ?? 2;
  const rows = wantsOneHot(spec, classes) ? classes : 1;
  const numbers = (2 + rows) * src.samples;
  if (numbers <= MAX_DATA_NUMBERS) return undefined;
  return diagnosticAt(
    ranges,
    'data.generate.samples',
    'error',
    Codes.dataTooLarge,
    msg('generate.tooLarge', {
      x: `X (2, ${count(src.samples)})`,
      y: `Y (${count(rows)}, ${count(src.samples)})`,
      numbers: count(numbers),
      max: count(MAX_DATA_NUMBERS),
    }),
  );
}

function checkSettings(spec: Spec, src: GenerateSource, ranges: RangeMap): Diagnostic[] {
  const { noise, classes, generator } = src;
  const out: (Diagnostic | undefined)[] = [checkSamples(src.samples, ranges)];
  if (noise !== undefined && !(Number.isFinite(noise) && noise >= 0))
    out.push(diagnosticAt(ranges, 'data.generate.noise', 'error', Codes.dataNoise, msg('generate.noise', { noise })));
  if (CHOOSES_CLASSES.has(generator)) {
    if (out[0] === undefined) out.push(checkClasses(src, ranges));
  } else if (classes !== undefined && classes !== 2) {
    out.push(
      diagnosticAt(
        ranges,
        'data.generate.classes',
        'warning',
        Codes.dataClassesIgnored,
        msg('generate.classesIgnored', { generator, classes: count(classes) }),
      ),
    );
  }
  const ok = out.every((d) => d === undefined || d.severity !== 'error');
  if (ok && CHOOSES_CLASSES.has(generator)) out.push(checkDataSize(spec, src, ranges));
  return out.filter((d): d is Diagnostic => d !== undefined);
}

export function loadGenerated(spec: Spec, src: GenerateSource, ranges: RangeMap): RawResult {
  const diagnostics = checkSettings(spec, src, ranges);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const regression = src.generator === 'linear' && spec.loss === 'mse';
  const classes = CHOOSES_CLASSES.has(src.generator) ? (src.classes ?? 2) : 2;
  const noise = src.noise ?? DEFAULT_NOISE[src.generator];
  const p = generatePoints(src.generator, { samples: src.samples, noise, classes, regression }, new Random(spec.seed));
  const featureNames = ['x1', 'x2'];
  const targetPath = 'data.generate.kind';
  if (p.targets) {
    const Y = zeros(1, src.samples);
    Y.data.set(p.targets);
    return { raw: { X: p.X, Y, featureNames, targetNames: ['y'], targetPath }, diagnostics };
  }
  const oneHot = wantsOneHot(spec, classes);
  const Y = encodeClasses(p.labels, classes, oneHot);
  const targetNames = oneHot ? Array.from({ length: classes }, (_, k) => `class ${k}`) : ['y'];
  return { raw: { X: p.X, Y, featureNames, targetNames, targetPath }, diagnostics };
}
