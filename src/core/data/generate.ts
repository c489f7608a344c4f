// `data.generate`: check the generator's settings, draw the points, encode the targets.
import { Codes } from '../spec/codes';
import { Random } from '../engine/random';
import { zeros } from '../engine/matrix';
import { diagnosticAt } from '../spec/ranges';
import type { DataSource, Diagnostic, RangeMap, Spec } from '../spec/types';
import { CHOOSES_CLASSES, DEFAULT_NOISE, generatePoints } from './generators';
import { encodeClasses, wantsOneHot } from './labels';
import type { RawResult } from './raw';

/** Beyond this a generated set would only slow the editor down. */
export const MAX_SAMPLES = 1_000_000;

type GenerateSource = Extract<DataSource, { kind: 'generate' }>;

function checkSettings(src: GenerateSource, ranges: RangeMap): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { samples, noise, classes, generator } = src;
  const samplesOk = Number.isInteger(samples) && samples >= 1 && samples <= MAX_SAMPLES;
  if (!samplesOk) {
    out.push(
      diagnosticAt(
        ranges,
        'data.generate.samples',
        'error',
        Codes.dataSamples,
        `samples must be a whole number from 1 to ${MAX_SAMPLES}, but is ${samples}.`,
      ),
    );
  }
  if (noise !== undefined && !(Number.isFinite(noise) && noise >= 0)) {
    out.push(
      diagnosticAt(
        ranges,
        'data.generate.noise',
        'error',
        Codes.dataNoise,
        `noise must be a number ≥ 0, but is ${noise}.`,
      ),
    );
  }
  if (CHOOSES_CLASSES.has(generator)) {
    if (classes !== undefined && (!Number.isInteger(classes) || classes < 2)) {
      out.push(
        diagnosticAt(
          ranges,
          'data.generate.classes',
          'error',
          Codes.dataClasses,
          `classes must be a whole number ≥ 2, but is ${classes}.`,
        ),
      );
    } else if (samplesOk && samples < (classes ?? 2)) {
      out.push(
        diagnosticAt(
          ranges,
          'data.generate.samples',
          'error',
          Codes.dataSamples,
          `samples (${samples}) must be at least classes (${classes ?? 2}): every class needs an example.`,
        ),
      );
    }
  } else if (classes !== undefined && classes !== 2) {
    out.push(
      diagnosticAt(
        ranges,
        'data.generate.classes',
        'warning',
        Codes.dataClassesIgnored,
        `'${generator}' always makes 2 classes; classes: ${classes} is ignored (only spiral and blobs take classes).`,
      ),
    );
  }
  return out;
}

export function loadGenerated(spec: Spec, src: GenerateSource, ranges: RangeMap): RawResult {
  const diagnostics = checkSettings(src, ranges);
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
