// The catalog's English for the command line's own text (src/cli.ts, src/cli/, src/node/textFile.ts):
// the usage, mistakes in the arguments, files that cannot be read or written, and the words around results;
// and an export's refusal (src/core/export), which the CLI and the editor show.
export const CLI_EN = {
  'cli.usage': 'Usage:',
  'cli.setHelp':
    'Every command takes --set PATH=VALUE (repeatable): one key of the file changed first, as if the\n' +
    'file said so, e.g. --set training.learning_rate=0.5 --set network.layers.1.activation=relu.',
  'cli.langHelp': '--lang ko|en chooses the language of these messages (default: the locale, LANG or LC_ALL).',
  'cli.usage.check': 'diagnostics; exit 1 when there is an error',
  'cli.usage.shapes': 'the shape of every matrix, per layer',
  'cli.usage.explain': 'where one number of step T comes from',
  'cli.usage.export': 'a Python script that reproduces the run (stdout without -o)',
  'cli.usage.diff': 'your implementation against nnspec: the first number that differs',
  'cli.usage.diffHelper': 'print the numpy helper that records TRACE.json',

  'cli.missingCommand': 'Missing command.',
  'cli.unknownCommand': "Unknown command '{name}'.",
  'cli.foreignOption': '--{option} goes with {command}.',
  'cli.badLang': "--lang must be ko or en, not '{lang}'.",
  'cli.internalError': 'internal error ({what}). Please report it with the spec that caused it.',
  'cli.missingFile': "Missing FILE for '{command}'.",
  'cli.unexpectedArgument': "Unexpected argument '{arg}'.",
  'cli.unknownOption':
    "Unknown option '{option}'. To specify a positional argument starting with a '-', place it at the end of the " +
    "command after '--', as in '-- \"{option}\"",
  'cli.optionMissing': "Option '{option} <value>' argument missing",
  'cli.optionTakesNone': "Option '{option}' does not take an argument",
  'cli.optionAmbiguous':
    "Option '{option}' argument is ambiguous.\nDid you forget to specify the option argument for '{option}'?\n" +
    "To specify an option argument starting with a dash use '{option}=-XYZ'.",
  'cli.wholeNumber': "--{option} must be a whole number {range}, not '{value}'.",
  'cli.atLeast': '≥ {min}',
  'cli.fromTo': 'from {min} to {max}',

  'cli.cannotRead': 'Cannot read {file}: {why}.',
  'cli.notAFile': 'Cannot read {file}: it is {kind}, not a file.',
  'cli.noSuchFile': 'no such file',
  'cli.tooLarge': 'it is {size}; {what} are at most {max}',
  'cli.specFiles': 'spec files',
  'cli.traceFiles': 'trace files',

  'cli.error': 'error',
  'cli.warning': 'warning',
  'cli.info': 'info',
  'cli.noProblems': '{file}: no problems found.',
  'cli.counts': '{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}',
  'cli.notDone': '{file}: {what}: {counts}.',
  'cli.notTrained': 'not trained',
  'cli.notExplained': 'not explained',
  'cli.notExported': 'not exported',
  'cli.nothingCompared': 'nothing compared',

  'cli.thisFile': 'this file',
  'cli.compare': 'compare',
  'cli.compareSeed': 'compare (every run from seed {seed})',
  'cli.run': 'run',
  'cli.finalCost': 'final J',
  'cli.accuracy': 'accuracy',
  'cli.testCost': 'test J',
  'cli.testAccuracy': 'test accuracy',
  'cli.divergedAt': 'diverged at step {step}',
  'cli.stepsBudget':
    '--steps {steps} would print {printed} numbers (about {bytes} of JSON), {perStep} per step. ' +
    '--steps prints at most {max} numbers: {advice}.',
  'cli.stepsAtMost': 'use --steps {most} or fewer',
  'cli.oneStepTooMany': 'one step of this network is already more',

  'cli.missingEntry':
    "Missing --entry NAME, e.g. --entry 'dW[1][2,1]' (W, b, W+, b+, Z, A, dA, dZ, dW, db with [layer][row,col], " +
    'X[row,col], Y[row,col] or J).',
  'cli.missingStep': 'Missing --step T: the 0-based step whose number to explain.',
  'cli.none': 'none',
  'cli.pastEnd': "--step {step} is past the run's end: {file} trains {total} steps (numbered {range}).",
  'cli.stoppedBefore': 'the run stopped before it',
  'cli.neverRun': '{file}: step {step} was never run: {why}',

  'cli.exportNeedsTo': 'export needs --to numpy or --to pytorch.',
  'cli.exportBadTo': "--to must be numpy or pytorch, not '{value}'.{guess}",
  'cli.didYouMean': " Did you mean '{guess}'?",
  'cli.noFolder': 'Cannot write {path}: there is no folder {folder}.',
  'cli.exists': '{path} exists and was not overwritten: add --force to replace it.',
  'cli.cannotWrite': 'Cannot write {path}: {why}.',
  'cli.exportProblem': '{file}: not exported: {problem}',
  'export.tooManySamples':
    'The export writes generated points into the script, and {samples} samples are more than {max}: ' +
    'lower data.generate.samples, or put the points in a CSV file (data.csv).',
  'cli.wrote': "Wrote {path}. Run it: python3 {path} (with --json: nnspec train --json's form)",

  'cli.helperTakesNoFile': '--helper prints the trace helper and takes no FILE.',
  'cli.helperTakesNoSet':
    '--helper prints the same trace helper for every spec, so --set has nothing to change: ' +
    'give --set to nnspec diff FILE TRACE.json instead.',
  'cli.missingTrace': "Missing TRACE.json for 'diff': the trace of your own implementation.",
} as const;

export type CliMessageId = keyof typeof CLI_EN;
