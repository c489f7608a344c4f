// Every diagnostic code nnspec reports. Codes are stable: editors, tests and graders match on them.
export const Codes = {
  // Reading the YAML
  yamlSyntax: 'yaml-syntax', // the YAML parser's own errors
  yamlWarning: 'yaml-warning', // the YAML parser's own warnings
  duplicateKey: 'duplicate-key', // a key given twice in one mapping (reported at the second)
  tabIndent: 'tab-indent', // tabs used for indentation
  multipleDocuments: 'multiple-documents', // '---' followed by a second document
  emptyFile: 'empty-file', // nothing but whitespace or comments
  notAMapping: 'not-a-mapping', // the top level is a list or a scalar
  badKey: 'bad-key', // a key that is not a plain name (a list, a mapping, empty)
  fileTooLarge: 'file-too-large', // over MAX_SPEC_CHARS characters
  aliasLimit: 'alias-limit', // aliases that expand to too much (alias bombs) or refer to themselves
  tooDeep: 'too-deep', // lists or mappings nested hundreds of levels deep
  unicodeSpace: 'unicode-space', // a no-break or other Unicode space in YAML syntax (warning; read as a space)
  internalError: 'internal-error', // a bug in nnspec, reported rather than thrown
  // Keys and values
  unknownKey: 'unknown-key', // a key the format does not have (with "did you mean")
  missingKey: 'missing-key', // a required key is absent
  wrongType: 'wrong-type', // e.g. a list where a number belongs
  notInteger: 'not-integer', // a whole number was expected
  outOfRange: 'out-of-range', // e.g. test_split outside [0, 1), learning_rate <= 0
  unknownValue: 'unknown-value', // a value outside an enum (with "did you mean")
  missingDataSource: 'missing-data-source', // data has none of generate, csv, inline
  multipleDataSources: 'multiple-data-sources', // data has more than one of them
  iterationsAndEpochs: 'iterations-and-epochs', // both, or neither, of training.iterations / epochs
  regularizationKind: 'regularization-kind', // regularization needs exactly one of l1, l2
  emptyList: 'empty-list', // layers, features, target or a matrix with no entries
  notAMatrix: 'not-a-matrix', // a matrix that is not a list of rows of numbers
  raggedMatrix: 'ragged-matrix', // rows of different lengths
  // Overrides (--set PATH=VALUE) and variants (compare:)
  badSetPath: 'bad-set-path', // a PATH past a value, to a layer the file lacks, or to compare itself
  compareDuplicateName: 'compare-duplicate-name', // two variants with one name
  compareTooMany: 'compare-too-many', // more variants than MAX_VARIANTS
  // Warnings about choices a student would want to hear about
  unusedKey: 'unused-key', // e.g. alpha without leaky_relu, init_scale without init: random
  zeroInitSymmetry: 'zero-init-symmetry', // init: zeros with hidden layers
  epochsFullBatch: 'epochs-full-batch', // epochs with batch_size full: each epoch is one update
  largeLearningRate: 'large-learning-rate', // a learning rate that usually diverges
  // Limits (src/core/spec/limits.ts): what a laptop does in seconds and a few hundred MB
  tooManySteps: 'too-many-steps', // iterations, or epochs × batches, above MAX_STEPS
  tooManyUnits: 'too-many-units', // a layer with more than MAX_UNITS units
  tooManyParameters: 'too-many-parameters', // W and b of all layers above MAX_PARAMETERS
  tooManyExamples: 'too-many-examples', // samples or CSV rows above MAX_EXAMPLES
  tooManyClasses: 'too-many-classes', // generator classes or one-hot CSV classes above MAX_CLASSES
  dataTooLarge: 'data-too-large', // X and Y together above MAX_DATA_NUMBERS numbers
  stepTooLarge: 'step-too-large', // one step's matrices above MAX_STEP_NUMBERS numbers
  largeStep: 'large-step', // one step's matrices above LARGE_STEP_NUMBERS (warning: a sample is shown)
  longRun: 'long-run', // a run estimated to take more than LONG_RUN_SECONDS (warning)
  // Shapes (src/core/shapes)
  // Shapes (src/core/shapes): a cause, reported once on the line to change
  xTransposed: 'x-transposed', // inline X written with one example per row in columns (or the reverse)
  yTransposed: 'y-transposed', // inline Y written with one example per row in columns (or the reverse)
  layoutMismatch: 'layout-mismatch', // every written matrix in the other layout: the layout key is the cause
  unitsMismatch: 'units-mismatch', // a layer's units disagree with several matrices written for another n[l]
  // Shapes: one check that fails (an explicit W or b written transposed included)
  inlineExampleCount: 'inline-example-count', // inline X and Y hold different numbers of examples
  shapeMismatchW: 'shape-mismatch-W', // explicit W[l] disagrees with n[l], n[l-1]
  shapeMismatchB: 'shape-mismatch-b', // explicit b[l] disagrees with n[l]
  inputMismatch: 'input-mismatch', // network.input disagrees with the rows of X
  outputMismatch: 'output-mismatch', // last layer's units disagree with the rows of Y
  softmaxNeedsCrossEntropy: 'softmax-needs-cross-entropy', // softmax output with another loss
  softmaxNotOutput: 'softmax-not-output', // softmax in a hidden layer
  softmaxOneUnit: 'softmax-one-unit', // softmax over a single unit always gives 1
  // cross_entropy without softmax (1 unit: error, else warning)
  crossEntropyNeedsSoftmax: 'cross-entropy-needs-softmax',
  bceNeedsSigmoid: 'bce-needs-sigmoid', // binary_cross_entropy without a sigmoid output (warning)
  bceMultiOutput: 'bce-multi-output', // binary_cross_entropy over several sigmoid units: multi-label (info)
  batchLargerThanData: 'batch-larger-than-data', // batch_size above the number of training examples (warning)
  // Data (src/core/data)
  dataSamples: 'data-samples', // samples too small (or too many for the classes)
  dataNoise: 'data-noise', // noise below 0
  dataClasses: 'data-classes', // classes outside what the generator can make
  dataClassesIgnored: 'data-classes-ignored', // classes given to a generator that has a fixed number (warning)
  dataTestSplit: 'data-test-split', // a test split that leaves no training or no test example
  dataTestSplitEmpty: 'data-test-split-empty', // a test split that rounds to zero test examples (warning)
  dataCsvMissing: 'data-csv-missing', // the CSV file cannot be found or read
  dataCsvOutside: 'data-csv-outside', // the CSV path resolves (symlinks followed) outside the data root
  dataCsvNotFile: 'data-csv-not-file', // the CSV path is a folder, a device, a FIFO or a socket
  dataCsvTooLarge: 'data-csv-too-large', // a CSV file over MAX_CSV_BYTES
  dataCsvSyntax: 'data-csv-syntax', // the CSV file is not valid CSV
  dataCsvEmpty: 'data-csv-empty', // a CSV file without a header row or without examples
  dataCsvNoFeatures: 'data-csv-no-features', // features lists no column
  dataCsvNoTarget: 'data-csv-no-target', // target names no column
  dataCsvColumn: 'data-csv-column', // a column name the CSV header does not have (with "did you mean")
  dataCsvIndex: 'data-csv-index', // a column index past the last column
  dataCsvNotNumber: 'data-csv-not-number', // a cell that is not a number in a feature or numeric target column
  dataCsvEmptyClass: 'data-csv-empty-class', // an empty cell in a one-hot class column
  dataCsvManyClasses: 'data-csv-many-classes', // a one-hot column with very many classes (warning)
  dataCsvOneClass: 'data-csv-one-class', // a one-hot column with a single class (warning)
  dataCsvOneHotColumns: 'data-csv-one-hot-columns', // one_hot with more than one target column
  dataCsvTargetIsFeature: 'data-csv-target-is-feature', // a column used both as feature and target (warning)
  dataInlineEmpty: 'data-inline-empty', // an inline X or Y with no numbers
  dataInlineRagged: 'data-inline-ragged', // inline rows of different lengths
  dataTargetsNotBinary: 'data-targets-not-binary', // targets other than 0 and 1 under binary_cross_entropy
  dataTargetsNotOneHot: 'data-targets-not-one-hot', // targets that are not one-hot columns under cross_entropy
} as const;

export type Code = (typeof Codes)[keyof typeof Codes];
