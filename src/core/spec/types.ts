// The typed form of a .nnspec file (see ../shared/nnspec-format.md) and its diagnostics.
import type { Message } from '../messages/message';
import type { DimensionSource } from '../shapes/types';

import type { Code } from './codes';
import type { AppliedOverride } from './overrides';
import type { VariantParse } from './variants';

export type Layout = 'columns' | 'rows';
export type Activation = 'sigmoid' | 'tanh' | 'relu' | 'leaky_relu' | 'linear' | 'softmax';
export type LossKind = 'binary_cross_entropy' | 'cross_entropy' | 'mse';
export type InitKind = 'zeros' | 'random' | 'xavier' | 'he';
export type OptimizerKind = 'gd' | 'momentum' | 'adam';
export type GeneratorKind = 'xor' | 'circles' | 'moons' | 'spiral' | 'flower' | 'blobs' | 'linear';
export type Normalize = 'none' | 'standard' | 'minmax';

/** 1-based, inclusive start, exclusive end (like an editor selection), pointing into the file. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** Replace the text at `range` with `text`. */
export interface TextEdit {
  range: Range;
  text: string;
}

/**
 * A proposed edit that fixes a diagnostic: replace the text at `range` with `text`, and apply
 * `also` with it (further edits that do not overlap, e.g. every matrix of a file transposed).
 */
export interface Fix extends TextEdit {
  title: string;
  also?: TextEdit[];
}

/** Another place that explains a diagnostic: where a dimension was set, a matrix it disagrees with. */
export interface Related {
  message: string;
  range: Range;
}

export interface Diagnostic {
  severity: Severity;
  /** Stable identifier from the registry in codes.ts (Codes). */
  code: Code;
  message: string;
  range: Range;
  fixes?: Fix[];
  /** The --set override(s) this diagnostic is about, as written: '--set training.learning_rate=-1'. */
  from?: string;
  /** The other places involved, shown as related information (VS Code) or indented lines (CLI). */
  related?: Related[];
  /** The messages its English text was rendered from, for other languages (src/core/messages/localize.ts). */
  l10n?: DiagnosticL10n;
  /**
   * Where the sizes its message names come from, when the message reads the data as its fix will (X written
   * as rows, read as columns: n[0] = 2, not the 4 of the table's sources); absent when the table's apply.
   */
  dimensions?: DimensionSource[];
}

export interface DiagnosticL10n {
  /** The diagnostic's own message, when it was built from one. */
  message?: Message;
  /** Fix titles and related messages by their English text. */
  texts?: Record<string, Message>;
}

export interface LayerSpec {
  units: number;
  activation: Activation;
  /** leaky_relu's negative slope (default 0.01). */
  alpha: number;
  /** Explicit initial W[l] / b[l], nested arrays in the file's layout. */
  W?: number[][];
  b?: number[][];
}

export type DataSource =
  | { kind: 'generate'; generator: GeneratorKind; samples: number; noise?: number; classes?: number }
  | { kind: 'csv'; path: string; features: (string | number)[]; target: (string | number)[]; oneHot: boolean }
  | { kind: 'inline'; X: number[][]; Y: number[][] };

export interface DataSpec {
  source: DataSource;
  normalize: Normalize;
  testSplit: number;
}

export interface NetworkSpec {
  input?: number;
  init: InitKind;
  initScale: number;
  layers: LayerSpec[];
}

export interface TrainingSpec {
  /** Exactly one of iterations / epochs is set after validation. */
  iterations?: number;
  epochs?: number;
  learningRate: number;
  batchSize: 'full' | number;
  optimizer: OptimizerKind;
  regularization?: { kind: 'l1' | 'l2'; lambda: number };
}

/** One entry of compare: this file with some keys changed, trained beside it with the same seed. */
export interface VariantSpec {
  name: string;
  /** PATH (as written, layers from 1) and the value it gets, in the file's order. */
  set: { path: string; value: unknown }[];
}

export interface Spec {
  name?: string;
  seed: number;
  layout: Layout;
  data: DataSpec;
  network: NetworkSpec;
  loss: LossKind;
  training: TrainingSpec;
  /** The file's compare: entries; absent when it has none. */
  variants?: VariantSpec[];
}

/**
 * Where each YAML node of the file is, keyed by its dotted path:
 * 'network.layers.1.W', 'network.layers.1.W.0', 'data.inline.X', 'training.learning_rate' (file keys, not camelCase).
 * `key:` entries give the range of a mapping key rather than its value: 'key:network.layers.1.W'.
 */
export type RangeMap = Map<string, Range>;

export interface ParseResult {
  /** Present when the file is complete enough to build a network (it may still have warnings). */
  spec?: Spec;
  diagnostics: Diagnostic[];
  ranges: RangeMap;
  /** The --set overrides as applied (ranges then point at where each is written, or would be). */
  overrides?: AppliedOverride[];
  /** Each compare: variant's own parse, when the file has a spec. */
  variants?: VariantParse[];
}
