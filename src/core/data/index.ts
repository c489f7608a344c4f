// loadDataset: the spec's data source, checked against the loss, split and normalised.
import { msg } from '../messages/message';
import { Codes } from '../spec/codes';
import type { Matrix } from '../engine/matrix';
import { diagnosticAt } from '../spec/ranges';
import type { Diagnostic, RangeMap, Spec } from '../spec/types';
import { loadCsv } from './csv';
import { loadGenerated } from './generate';
import { loadInline } from './inline';
import { applyNormalization, fitNormalization, type Normalization } from './normalize';
import type { RawResult } from './raw';
import { pickColumns, splitIndices, testCount } from './split';
import { checkTargets, taskOf } from './targets';
import type { DataIO, Dataset } from './types';

export type { DataIO, Dataset } from './types';
export type { Normalization } from './normalize';

function loadSource(spec: Spec, ranges: RangeMap, io: DataIO): RawResult {
  const src = spec.data.source;
  if (src.kind === 'generate') return loadGenerated(spec, src, ranges);
  if (src.kind === 'csv') return loadCsv(spec, src, ranges, io);
  return loadInline(spec, src, ranges);
}

/** Whether the test split can be made; diagnostics say why not, or that it is empty. */
function checkSplit(testSplit: number, m: number, ranges: RangeMap): { ok: boolean; diagnostic?: Diagnostic } {
  if (testSplit === 0) return { ok: false };
  if (!(testSplit > 0 && testSplit < 1)) {
    return {
      ok: false,
      diagnostic: diagnosticAt(
        ranges,
        'data.test_split',
        'error',
        Codes.dataTestSplit,
        msg('split.range', { split: testSplit }),
      ),
    };
  }
  const k = testCount(m, testSplit);
  if (k >= m) {
    return {
      ok: false,
      diagnostic: diagnosticAt(
        ranges,
        'data.test_split',
        'error',
        Codes.dataTestSplit,
        msg('split.none', { split: testSplit, k, m }),
      ),
    };
  }
  if (k === 0) {
    return {
      ok: false,
      diagnostic: diagnosticAt(
        ranges,
        'data.test_split',
        'warning',
        Codes.dataTestSplitEmpty,
        msg('split.empty', { split: testSplit, m }),
      ),
    };
  }
  return { ok: true };
}

/**
 * Never throws: every problem is a diagnostic at the file node at fault. `dataset` is present when
 * X and Y could be built (even if a diagnostic is an error, so shapes can still be shown); a run
 * must not start while any diagnostic is an error.
 */
export function loadDataset(
  spec: Spec,
  ranges: RangeMap,
  io: DataIO,
): { dataset?: Dataset; diagnostics: Diagnostic[] } {
  const { raw, diagnostics } = loadSource(spec, ranges, io);
  if (!raw) return { diagnostics };
  diagnostics.push(...checkTargets(raw.Y, spec.loss, raw.targetPath, ranges));

  let X = raw.X;
  let Y = raw.Y;
  let Xtest: Matrix | undefined;
  let Ytest: Matrix | undefined;
  const split = checkSplit(spec.data.testSplit, X.cols, ranges);
  if (split.diagnostic) diagnostics.push(split.diagnostic);
  if (split.ok) {
    const { train, test } = splitIndices(X.cols, spec.data.testSplit, spec.seed);
    [X, Y, Xtest, Ytest] = [
      pickColumns(raw.X, train),
      pickColumns(raw.Y, train),
      pickColumns(raw.X, test),
      pickColumns(raw.Y, test),
    ];
  }

  let normalization: Normalization | undefined;
  if (spec.data.normalize !== 'none') {
    normalization = fitNormalization(X, spec.data.normalize);
    X = applyNormalization(X, normalization);
    if (Xtest) Xtest = applyNormalization(Xtest, normalization);
  }

  const dataset: Dataset = {
    X,
    Y,
    task: taskOf(spec.loss),
    featureNames: raw.featureNames,
    targetNames: raw.targetNames,
  };
  if (Xtest && Ytest) {
    dataset.Xtest = Xtest;
    dataset.Ytest = Ytest;
  }
  if (normalization) dataset.normalization = normalization;
  return { dataset, diagnostics };
}
