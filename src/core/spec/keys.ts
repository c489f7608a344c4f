// The format's vocabulary as data: the validator walks these tables and the JSON schema test
// checks that schemas/nnspec.schema.json says the same.
import { msg, type Message } from '../messages/message';

export const ENUMS = {
  layout: ['columns', 'rows'],
  activation: ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'linear', 'softmax'],
  loss: ['binary_cross_entropy', 'cross_entropy', 'mse'],
  init: ['zeros', 'random', 'xavier', 'he'],
  optimizer: ['gd', 'momentum', 'adam'],
  generator: ['xor', 'circles', 'moons', 'spiral', 'flower', 'blobs', 'linear'],
  normalize: ['none', 'standard', 'minmax'],
} as const;

/** Sections of the file, named by their path with `*` for any list index. */
export type Section =
  | ''
  | 'data'
  | 'data.generate'
  | 'data.csv'
  | 'data.inline'
  | 'network'
  | 'network.layers.*'
  | 'training'
  | 'training.regularization'
  | 'compare.*';

/** Every key each section may hold. */
export const SECTION_KEYS: Record<Section, readonly string[]> = {
  '': ['name', 'seed', 'layout', 'data', 'network', 'loss', 'training', 'compare'],
  data: ['generate', 'csv', 'inline', 'normalize', 'test_split'],
  'data.generate': ['kind', 'samples', 'noise', 'classes'],
  'data.csv': ['path', 'features', 'target', 'one_hot'],
  'data.inline': ['X', 'Y'],
  network: ['input', 'init', 'init_scale', 'layers'],
  'network.layers.*': ['units', 'activation', 'alpha', 'W', 'b'],
  training: ['iterations', 'epochs', 'learning_rate', 'batch_size', 'optimizer', 'regularization'],
  'training.regularization': ['l1', 'l2'],
  'compare.*': ['name', 'set'],
};

/**
 * Keys a section cannot do without. Choices between keys (one of generate/csv/inline,
 * iterations or epochs, l1 or l2) are checked separately.
 */
export const REQUIRED_KEYS: Record<Section, readonly string[]> = {
  '': ['data', 'network', 'loss', 'training'],
  data: [],
  'data.generate': ['kind', 'samples'],
  'data.csv': ['path', 'features', 'target'],
  'data.inline': ['X', 'Y'],
  network: ['layers'],
  'network.layers.*': ['units', 'activation'],
  training: ['learning_rate'],
  'training.regularization': [],
  'compare.*': ['name', 'set'],
};

/** Groups of keys of which exactly one must be present. */
export const EXACTLY_ONE_OF = {
  data: ['generate', 'csv', 'inline'],
  training: ['iterations', 'epochs'],
  'training.regularization': ['l1', 'l2'],
} as const satisfies Partial<Record<Section, readonly string[]>>;

export const DEFAULTS = {
  seed: 1,
  layout: 'columns',
  init: 'random',
  initScale: 0.01,
  alpha: 0.01,
  normalize: 'none',
  testSplit: 0,
  batchSize: 'full',
  optimizer: 'gd',
  oneHot: false,
} as const;

/** A file trains itself and at most this many variants side by side. */
export const MAX_VARIANTS = 10;

/** How a section is named in messages. */
export function sectionTitle(section: Section, path: string): Message {
  if (section === '') return msg('where.top');
  if (section === 'network.layers.*') return msg('where.layer', { layer: Number(path.split('.')[2]) + 1 });
  if (section === 'compare.*') return msg('where.variant', { variant: Number(path.split('.')[1]) + 1 });
  return msg('where.section', { section });
}
