// The catalog's English for data files: reading data.csv.path, and the problems of its columns and cells.
export const DATA_EN = {
  'csv.columnsMore': '{columns} and {n} more',
  'csv.indexRange': "Column index {ref} is out of range: '{file}' has {n} columns, numbered 0 to {last}.",
  'csv.unknownColumn': "Unknown column '{ref}' in '{file}'. Its columns are: {columns}.",
  'csv.unknownDidYouMean': "Unknown column '{ref}' in '{file}'. Did you mean '{guess}'?",
  'csv.cellEmpty': 'is empty',
  'csv.cellNotNumber': "'{cell}' is not a number",
  'csv.moreRows': ' (and {n} more rows)',
  'csv.notNumber': "'{file}' line {line}, column '{column}': {what}{more}.{hint}",
  'csv.classHint': ' Is it a class column? Set one_hot: true to turn it into one output per class.',
  'csv.tooManyClasses':
    "one_hot makes one output per class, and column '{column}' has {classes} distinct values; nnspec handles up " +
    'to {max} classes. Is it really a class column?',
  'csv.tooLarge':
    "X ({features}, {m}) and a one-hot Y ({classes}, {m}) from column '{column}' would hold {numbers} numbers; " +
    'nnspec holds data of up to {max} numbers (80 MB). Use fewer rows or fewer classes.',
  'csv.emptyClass': "'{file}' line {line}, column '{column}' is empty: every example needs a class.",
  'csv.manyClasses':
    "one_hot makes one output per distinct value, and column '{column}' has {n} distinct numbers: is it really " +
    'a class column? For a numeric target remove one_hot.',
  'csv.oneClass': "Column '{column}' holds a single class ('{value}'): there is nothing to tell apart.",
  'csv.targetIsFeature': "Column '{column}' is both a feature and the target: the network can simply copy it.",
  'csv.syntax': "Cannot read '{file}' as CSV: {why}.",
  'csv.empty': "'{file}' is empty: it needs a header row of column names, then one example per row.",
  'csv.noExamples': "'{file}' has a header row but no examples.",
  'csv.tooManyExamples': "'{file}' has {n} examples (rows); nnspec trains on up to {max}. Use a sample of the rows.",
  'csv.noFeatures': 'features lists no column: name at least one input column.',
  'csv.noTarget': 'target names no column: name the column the network should predict.',
  'csv.oneHotColumns': 'one_hot turns one class column into outputs, but target lists {n} columns.',

  'file.path': "data.csv.path '{file}'",
  'file.missing': 'Cannot read {path}: no such file next to the spec (looked in {dir}).',
  'file.specFolder': "the spec's folder",
  'file.workspaceFolder': 'the workspace folder',
  'file.outside':
    '{path} leads outside {whose} ({root}): nnspec reads data files only inside it, so that a spec cannot read ' +
    'other files on this computer. Copy the file into {whose}.',
  'file.notAFile': '{path} is {kind}, not a file: point it at a .csv file.',
  'file.largerThanThat': 'larger than that',
  'file.bytes': '{n} bytes',
  'file.tooLarge':
    '{path} is {what}: nnspec reads CSV files of up to {max} ({n} bytes, about 100,000 examples). ' +
    'Use a sample of the rows.',
  'file.unreadable': 'Cannot read {path}: {why}.',
  'file.errorCode': 'error {code}',
  'file.couldNotRead': 'it could not be read',
  'errno.noEntry': 'no such file or folder',
  'errno.denied': 'permission denied',
  'errno.loop': 'too many symbolic links',
  'errno.longName': 'the path is too long',
  'errno.notDir': 'a part of the path is not a folder',
  'errno.tooManyOpen': 'too many files are open',
  'errno.io': 'the disk reported an error',
  'errno.changed': 'it grew while it was read; try again',
  'kind.folder': 'a folder',
  'kind.fifo': 'a named pipe (FIFO)',
  'kind.socket': 'a socket',
  'kind.device': 'a device',
  'kind.other': 'not a regular file',
  'kind.symlink': 'a symbolic link',
} as const;

export type DataMessageId = keyof typeof DATA_EN;
