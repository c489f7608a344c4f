// The catalog's English for a trace file that cannot be compared (src/core/diff/): text that is not
// JSON, a key or value out of place, a matrix of the wrong shape.
export const DIFF_TRACE_EN = {
  'diff.read.empty':
    'the file is empty: it should hold a trace as JSON (nnspec diff --helper prints a helper that writes one).',
  'diff.read.invalid': 'not valid JSON. {detail}',
  'diff.read.invalidAt': 'not valid JSON ({place}, {near}). {detail}',
  'diff.read.lineColumn': 'line {line}, column {column}',
  'diff.read.atText': 'at {text}',
  'diff.read.atEnd': 'where the text ends too early',
  'diff.trace.more': '... and {n} more {n|problem|problems}.',
  'diff.trace.object': 'an object',
  'diff.trace.string': 'the string {text}',
  'diff.trace.theTrace': 'the trace',
  'diff.trace.notNumber': '{at} is {what}, not a number.',
  'diff.trace.notNumbers': '{at} is {what}, not a number (and {n} more entries).',
  'diff.trace.notMatrix': '{at} is {what}, not a matrix (a non-empty list of rows, each a list of numbers).',
  'diff.trace.ragged': '{at}: row {row} has {n} {n|number|numbers}, but row 1 has {first}.',
  'diff.trace.unknownKey': "{where}: unknown key '{key}'. Did you mean '{guess}'? Known: {known}.",
  'diff.trace.unknownKeyOnly': "{where}: unknown key '{key}'. Known: {known}.",
  'diff.trace.notLayer': '{at} is {what}, not an object with some of {kinds}.',
  'diff.trace.notStep': '{at} is {what}, not an object with cost and layers.',
  'diff.trace.layersNotList': '{at} is {what}, not a list (layers[0] is layer 1).',
  'diff.trace.tooManyLayers': '{at} has {n} entries, but the network has {L} layers (layers[0] is layer 1).',
  'diff.trace.tooManySteps': '{at} has {n} entries, but the spec trains for {total} steps.',
  'diff.trace.notParameters': 'parameters is {what}, not an object with W1, b1, ...',
  'diff.trace.notList': '{at} is {what}, not a list.',
  'diff.trace.notTrace': 'the trace is {what}, not an object with steps, costs or parameters.',
  'diff.trace.nothing': 'the trace holds nothing to compare: give steps, costs, parameters or finalCost.',
  'diff.shape.wrong': '{at} is ({given}), but {what} is ({want}) = {symbols} in the {layout} layout.',
  'diff.shape.transposed':
    '{at} is ({given}), but {what} is ({want}) = {symbols} in the {layout} layout. ' +
    'It is transposed: is your implementation in the other layout?',
  'diff.shape.atStep': '{name} at step {step} (its batch has m = {m})',
} as const;

export type DiffTraceMessageId = keyof typeof DIFF_TRACE_EN;
