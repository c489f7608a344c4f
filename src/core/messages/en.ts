// The catalog's English: every message of the core's diagnostics, fixes, related places and hovers, by id,
// and those of the tables beside it: explanations (explainEn.ts), data files (dataEn.ts), overrides (overrideEn.ts),
// a run's progress (runEn.ts), the shape table's lines (shapesEn.ts), the command line (cliEn.ts),
// a run that diverged (divergenceEn.ts), a data file the editor may not read (accessEn.ts),
// experiments (experimentsEn.ts), the Node side's jobs (nodeEn.ts), a trace compared with a run (diffEn.ts),
// its hints and formula words (diffHintsEn.ts) and a trace that cannot be compared (diffTraceEn.ts).
// `{name}` is a parameter; `{n|one|other}` picks the singular when n is 1. Course notation is written as is.
import { ACCESS_EN } from './accessEn';
import { CLI_EN } from './cliEn';
import { DATA_EN } from './dataEn';
import { DIVERGENCE_EN } from './divergenceEn';
import { DIFF_EN } from './diffEn';
import { DIFF_HINTS_EN } from './diffHintsEn';
import { DIFF_TRACE_EN } from './diffTraceEn';
import { EXPERIMENTS_EN } from './experimentsEn';
import { EXPLAIN_EN } from './explainEn';
import { NODE_EN } from './nodeEn';
import { OVERRIDE_EN } from './overrideEn';
import { RUN_EN } from './runEn';
import { SHAPES_EN } from './shapesEn';

export const EN = {
  ...EXPLAIN_EN,
  ...DATA_EN,
  ...OVERRIDE_EN,
  ...RUN_EN,
  ...SHAPES_EN,
  ...CLI_EN,
  ...DIVERGENCE_EN,
  ...ACCESS_EN,
  ...EXPERIMENTS_EN,
  ...NODE_EN,
  ...DIFF_EN,
  ...DIFF_HINTS_EN,
  ...DIFF_TRACE_EN,
  'text.verbatim': '{text}',
  'list.two': '{first} and {last}',
  'list.more': '{first}, {rest}',
  'count.example': '{n} {n|example|examples}',
  'count.feature': '{n} {n|feature|features}',
  'count.target': '{n} {n|target|targets}',
  'count.unit': '{n} {n|unit|units}',
  'count.parameter': '{n} {n|parameter|parameters}',
  'count.layer': '{n} {n|layer|layers}',
  'count.row': '{n} {n|row|rows}',
  'count.column': '{n} {n|column|columns}',
  'word.row': 'row',
  'word.column': 'column',
  'word.rows': 'rows',
  'word.columns': 'columns',

  'shape.dataTransposed':
    '{matrix} is written with one example per {line}: {shape} holds {examples} of {features}, ' +
    'but layout: {layout} wants {wants}, one example per {exampleLine}.{failure}',
  'shape.parameterTransposed':
    '{matrix} must be {want}, but is {is}: it is written transposed. ' +
    'With layout: {layout}, {generic} is {general}.{failure}',
  'shape.layout':
    'The matrices are written for layout: {other}: {listed}; but this file says layout: {layout}.{failure}',
  'shape.layoutUnset':
    'The matrices are written for layout: {other}: {listed}; but this file has no layout key, ' +
    'so it is read as layout: {layout}.{failure}',
  'shape.layoutPerExample':
    'The matrices are written for layout: {other}, one example per {exampleLine}: {listed}; ' +
    'but this file says layout: {layout}.{failure}',
  'shape.layoutPerExampleUnset':
    'The matrices are written for layout: {other}, one example per {exampleLine}: {listed}; ' +
    'but this file has no layout key, so it is read as layout: {layout}.{failure}',
  'shape.yOfLines': 'Y ({lines})',
  'shape.units': 'Layer {layer} has {units}, but {names} are written for {dim}.{failure}',
  'shape.addedToEveryExample': '1, as it is added to every example alike',
  'shape.axisShouldBe': 'its {axis} should be {what}',
  'shape.twoReasons': '{first}, and {second}',
  'shape.parameter': '{matrix} must be {want}, but is {is}: {reasons}.{failure}',
  'shape.input': 'X is {shape} but network.input is {input}: n[0] must equal the number of {lines} of X.{failure}',
  'shape.inputAfterCause':
    'X, read as the other error says it is written, is {shape}: n[0] = {n0} features, but network.input is {input}.' +
    '{failure}',
  'shape.output':
    'Y has {lines} but the last layer has {dim} = {units}: {dim} must equal the number of {linesOfY} of Y, ' +
    'one output per target.{failure}',
  'shape.examples':
    'Y is {y} but X is {x}: X holds m = {mX} examples, one per {line}, and Y holds {mY}; ' +
    'with layout: {layout}, X and Y need one {line} per example.',
  'shape.dimensionPhrase': '{dim}, {phrase}',

  'related.writtenInLayout': '{matrix} is written {shape}, as in layout: {layout}',
  'related.yInline': 'Y has {lines}, one per target',
  'related.yCsv': 'Y has {lines} from data.csv.target',
  'related.yCsvOneHot': 'Y has {lines} from data.csv.target, one per class (one_hot)',
  'related.yGenerated': 'Y has {lines} from data.generate: {generator}',
  'related.holdsExamples': '{matrix} holds m = {m} examples, one {line} each',
  'related.input': 'network.input is {input}, the n[0] the network is built for',
  'related.dimensionFrom': '{dim} from {from}',
  'related.written': '{matrix} is written {shape}',
  'related.loss': 'loss: {loss}, the cost the output layer is trained on',
  'related.ySingleRow': 'Y has a single row of targets',

  'source.comesFrom': '{dim} comes from {from}',
  'source.linesOfX': 'the {lines} of X',
  'source.xPerFeature': 'X, one {line} per feature',
  'source.csvFeatures': 'data.csv.features, {n} columns',
  'source.csvFeaturesPhrase': 'the {n} columns of data.csv.features',
  'source.generated': 'data.generate: {generator} makes {n}-D points',
  'source.generatedPhrase': 'the {n} coordinates of each generated point',
  'source.setByInput': 'set by network.input',
  'source.w1': 'W[1], its {side}',
  'source.w1Phrase': 'the {side} of W[1]',
  'source.dataOnceLoaded': 'the data, once it loads',
  'source.heldOut': ', less {n} held out by test_split',
  'source.xPerExample': 'X, one {line} per example{heldOut}',
  'source.samples': 'data.generate.samples{heldOut}',
  'source.samplesPhrase': 'the samples generated',
  'source.csvRows': 'the rows of {path}{heldOut}',
  'source.csvRowsPhrase': 'the rows of {path}',
  'source.data': 'the data',
  'source.dataPhrase': 'the examples of the data',
  'source.unitsOfLayer': 'the units of layer {layer}',

  'fix.transpose': 'Transpose {matrix} to {shape}',
  'fix.setLayout': 'Set layout: {layout}',
  'fix.transposeAll': 'Transpose {matrices} (keep layout: {layout})',
  'fix.setUnits': "Set layer {layer}'s units to {value}",
  'fix.setInput': 'Set network.input to {value}',
  'fix.oneLinearUnit': 'Use one linear unit',
  'fix.oneSigmoidUnit': 'Use one sigmoid unit with binary_cross_entropy',
  'fix.useActivation': 'Use {activation}',
  'fix.setLoss': 'Set loss: {loss}',
  'fix.batchFull': 'Use batch_size: full',
  'fix.changeTo': "Change to '{text}'",

  'loss.softmaxOneUnitOtherLoss':
    'A softmax over one unit always outputs 1, and softmax needs cross_entropy; ' +
    'with {loss} use a single {activation} unit.',
  'loss.insteadBce': 'with binary_cross_entropy use a single sigmoid unit',
  'loss.insteadMse': 'with mse use a linear output layer',
  'loss.softmaxNeedsCrossEntropy': 'softmax needs cross_entropy; {instead}.',
  'loss.softmaxOneUnitSingleRow':
    'A softmax over one unit always outputs 1, so nothing can be learned. Y has a single row of targets: ' +
    'for two classes use one sigmoid unit with binary_cross_entropy.',
  'loss.softmaxOneUnit':
    'A softmax over one unit always outputs 1, so nothing can be learned: use one unit per class (at least 2), ' +
    'or a single sigmoid unit with binary_cross_entropy.',
  'loss.crossEntropyOneUnit':
    'cross_entropy compares one-hot targets with several softmax outputs, but layer {layer} is a single ' +
    '{activation} unit: for two classes use binary_cross_entropy with one sigmoid unit.',
  'loss.crossEntropyNeedsSoftmax':
    'cross_entropy expects a softmax output layer, but layer {layer} uses {activation}, whose outputs need not ' +
    'sum to 1. Use softmax, or binary_cross_entropy with a single sigmoid unit.',
  'loss.bceNeedsSigmoid':
    'binary_cross_entropy takes log({output}) and log(1 - {output}), so {output} must lie between 0 and 1: ' +
    'use sigmoid in the output layer ({activation} can give NaN).',
  'loss.multiLabel':
    'With binary_cross_entropy the {units} sigmoid units of layer {layer} are {units} independent yes/no outputs ' +
    '(multi-label). If each example belongs to exactly one of {units} classes, use softmax with cross_entropy.',
  'loss.softmaxHidden':
    "softmax can only be the output layer's activation (with cross_entropy); layer {layer} is a hidden layer: " +
    'use relu or tanh.',
  'batch.larger':
    'batch_size {batch} is more than the {m} training examples, so every batch is the whole training set.',

  'hover.network': '{parameters} in {layers}',
  'hover.layer': '**Layer {layer}** — {units}, {activation}, {parameters} (layout: {layout})',
  'hover.forward': 'forward',
  'table.layer': 'layer',
  'table.units': 'units',
  'table.activation': 'activation',
  'table.parameters': 'parameters',
  'table.total': 'total: {parameters}',
  'table.layerN': 'layer {layer}',
  'hover.backward': 'backward',

  'where.top': 'at the top level',
  'where.layer': 'in layer {layer}',
  'where.variant': 'in variant {variant} of compare',
  'where.section': 'in {section}',
  'where.anyLayer': 'in a layer (an entry of network.layers)',
  'where.anyVariant': 'in a variant (an entry of compare)',
  'key.unknownDidYouMean': "Unknown key '{key}' {where}. Did you mean '{suggestion}'?",
  'key.unknown': "Unknown key '{key}' {where}.{hint}",
  'key.belongs': " '{key}' belongs {home}.",
  'key.keysHere': ' Keys here: {keys}.',
  'key.missing': "Missing '{key}' {where}.{hint}",
  'key.addData': ' Add data: with generate, csv or inline.',
  'key.addNetwork': ' Add network: with layers.',
  'key.addTraining': ' Add training: with iterations (or epochs) and learning_rate.',
  'key.addLoss': ' Add loss: binary_cross_entropy, cross_entropy or mse.',
  'key.addActivation': ' Add activation: sigmoid, tanh, relu, leaky_relu, linear or softmax.',
  'key.addLearningRate': ' Add learning_rate: the step size α of gradient descent, e.g. 0.01.',

  'yaml.duplicateEmptyKey':
    'An empty key appears twice in this mapping; YAML would keep only one of them. Delete or rename one.',
  'yaml.duplicateKey':
    "The key '{key}' appears twice in this mapping; YAML would keep only one of them. Delete or rename one.",
  'yaml.tab': 'This line is indented with a tab. YAML allows only spaces for indentation: replace the tab with spaces.',
  'yaml.multipleDocuments':
    "A .nnspec file holds one experiment, but '---' starts a second YAML document here. Delete it and what " +
    'follows, or move that experiment to its own file.',
  'yaml.problem': 'YAML: {message}',

  'node.mapping': 'a mapping',
  'node.list': 'a list',
  'node.empty': 'empty',
  'node.text': "the text '{text}'",
  'node.other': 'a value of another kind',
  'section.layer': 'Layer {layer}',
  'section.variant': 'Variant {variant} of compare',
  'section.file': 'The file',
  'value.mapping': '{what} must be a mapping of keys ({keys}), but is {actual}.',
  'value.mustBe': '{name} must be {says}, but is {actual}.',
  'value.unknownDidYouMean': "Unknown {what} '{value}'. Did you mean '{suggestion}'?",
  'value.unknown': "Unknown {what} '{value}'. Use one of: {values}.",
  'value.oneOf': '{what} must be one of {values}, but is {actual}.',
  'value.text': '{what} must be some text, but is {actual}.',
  'value.bool': '{name} must be true or false, but is {actual}.',
  'rule.wholeAtLeast1': 'a whole number of at least 1',
  'rule.wholeAtLeast2': 'a whole number of at least 2',
  'rule.above0': 'a number above 0',
  'rule.atLeast0': 'a number of at least 0',
  'rule.fraction': 'a fraction from 0 up to (not including) 1',
  'rule.fullOrWhole': 'full or a whole number of at least 1',
  'rule.lambda': 'a number λ of at least 0',
  'rule.seed': 'a whole number from 0 to {max} (2^32 - 1)',
  'matrix.ragged':
    'Row {row} of {name} has {n} numbers but row 1 has {width}: every row of a matrix must have the same length.',
  'matrix.notMatrix': '{name} must be a matrix written as a list of rows, e.g. [[1, 2], [3, 4]], but is {actual}.',
  'matrix.noRows': '{name} has no rows.',
  'matrix.flat': '{name} must be a list of rows, but is a flat list. For a single row write [[...]].',
  'matrix.rowNotList': 'Row {row} of {name} must be a list of numbers, but is {actual}.',
  'matrix.rowEmpty': 'Row {row} of {name} is empty.',
  'matrix.entry': 'Entry {entry} of row {row} of {name} must be a number, but is {actual}.',
  'fix.oneRow': 'Make it one row: {row}',
  'network.initScaleUnused': 'init_scale is only used by init: random; init: {init} ignores it.',
  'network.zeroInit':
    'With init: zeros every unit of a hidden layer starts the same and gets the same gradient, so the units stay ' +
    'identical forever (symmetry is never broken). Use random, xavier or he.',
  'network.layersNotList': 'network.layers must be a list of layers (each with units and activation), but is {actual}.',
  'network.noLayers': 'network.layers needs at least one layer; the last one is the output layer.',
  'network.alphaUnused': "alpha is leaky_relu's negative slope; layer {layer} uses {activation}, which ignores it.",
  'training.both': 'training takes iterations or epochs, not both: keep one.',
  'training.neither': 'training needs iterations: N (gradient-descent updates) or epochs: N (passes over the data).',
  'training.epochsFullBatch':
    'With batch_size full each epoch is one gradient-descent update, so epochs: {epochs} is {epochs} updates. ' +
    'Set batch_size (e.g. 32) for mini-batches.',
  'training.batchSize': "batch_size must be full or a whole number of at least 1, but is '{value}'.",
  'training.batchSizeFull':
    "batch_size must be full or a whole number of at least 1, but is '{value}'. Did you mean 'full'?",
  'training.regularization': 'regularization takes exactly one of l1: lambda or l2: lambda.',
  'training.usualAdam': 'Adam usually works with 0.001 to 0.01',
  'training.usualGd': 'gradient descent usually works with 0.001 to 1',
  'training.largeRate': 'learning_rate {rate} is large: {usual}, and too large a step makes the cost grow to NaN.',
  'data.noSource': 'data needs exactly one of generate, csv or inline.',
  'data.twoSources': 'data has both {first} and {second}: keep exactly one source.',
  'data.generator': 'data generator',
  'data.classesUnused': 'classes is only used by the spiral and blobs generators; {generator} ignores it.',
  'data.columnEntry': 'Each entry of {name} must be a column name or a 0-based column index.',
  'data.columnsNotList': '{name} must be a list of column names or 0-based indices, e.g. [size, bedrooms].',
  'data.noColumns': '{name} lists no columns.',
  'spec.name': 'name should be a short title, e.g. name: XOR with one hidden layer.',
  'limit.iterations':
    "{key}: {value} is more than the {max} gradient-descent steps nnspec runs. The course's networks settle " +
    'within 10,000 to 100,000 steps: use fewer {key}.',
  'limit.epochs':
    '{key}: {value} is more than the {max} gradient-descent steps nnspec runs (each epoch is at least one step). ' +
    "The course's networks settle within 10,000 to 100,000 steps: use fewer {key}.",
  'limit.units':
    'units: {units} is more than the {max} units nnspec builds in one layer: every matrix of layer {layer} ' +
    '({matrices}) has {dim} rows. Use fewer units.',
  'compare.notList':
    'compare must be a list of variants, each with a name and set, e.g. - { name: lr 0.1, set: { ' +
    'training.learning_rate: 0.1 } }, but is {actual}.',
  'compare.tooMany':
    'compare lists {n} variants; nnspec trains at most {max} beside the file. Split them over several files.',
  'compare.name': "A variant's name must be a short text such as lr 0.1, but is {actual}.",
  'compare.duplicateName':
    "Variants {first} and {second} are both named '{name}': " +
    'give each its own name, as the results are told apart by name.',
  'compare.setNotMapping':
    'set must be a mapping of PATH: VALUE, e.g. { training.learning_rate: 0.1 }, but is {actual}.',
  'compare.setEmpty': 'set changes nothing: give at least one PATH: VALUE, e.g. { network.init: zeros }.',

  'space.noBreak': 'A no-break space ({code})',
  'space.narrowNoBreak': 'A narrow no-break space ({code})',
  'space.ideographic': 'An ideographic space ({code})',
  'space.zeroWidth': 'A zero-width space ({code})',
  'space.zeroWidthNoBreak': 'A zero-width no-break space ({code})',
  'space.lineSeparator': 'A line separator ({code})',
  'space.paragraphSeparator': 'A paragraph separator ({code})',
  'space.nextLine': 'A next-line character ({code})',
  'space.other': 'A Unicode space ({code})',
  'space.more': ' (and {n} more)',
  'space.trailing':
    '{what}{more} here, pasted from a web page or a PDF? YAML does not count it as a space; nnspec reads it as a ' +
    'plain space. Delete it.',
  'space.inside':
    '{what}{more} here, pasted from a web page or a PDF? YAML does not count it as a space; nnspec reads it as a ' +
    'plain space. Replace it with a plain space.',
  'fix.delete': 'Delete it',
  'fix.plainSpace': 'Replace with a plain space',
  'yaml.empty': 'The file is empty. A .nnspec file needs data, network, loss and training.',
  'yaml.aliasNoAnchor': 'The alias *{name} refers to no anchor: define &{name} on a value before it.',
  'yaml.badKey': 'Keys must be plain names such as units or learning_rate.',
  'yaml.aliasCycle': 'This alias refers to a node that contains it, which would repeat forever.',
  'yaml.aliasExpansion':
    'Aliases (*name) here expand to more than {max} values. Write the values out, or put large data in a CSV file.',
  'guard.tooLarge':
    'This file is {size}; nnspec reads spec files of up to {max}. ' +
    'Put large data sets in a CSV file and point data.csv at it.',
  'guard.tooDeep':
    "Lists and mappings are nested more than {max} levels deep by this line ('-' on '-', or '[' or '{' without " +
    'their closing bracket?). A .nnspec file nests a few levels.',
  'spec.topList': 'The file must be a mapping of keys (data, network, loss, training), but its top level is a list.',
  'spec.topValue':
    'The file must be a mapping of keys (data, network, loss, training), but its top level is a single value.',
  'spec.tooDeep': 'it is nested too deeply',
  'spec.internal': 'of an internal error ({error})',
  'spec.unreadable': 'nnspec could not read this file because {why}.',
  'analyze.internal': 'Internal error while {stage}: {error}. Please report this file.',
  'analyze.loadingData': 'loading the data',
  'analyze.checkingShapes': 'checking shapes',

  'split.range': 'test_split must be at least 0 and below 1, but is {split}.',
  'split.none': 'test_split: {split} holds out {k} of m = {m} examples, leaving none to train on.',
  'split.empty': 'test_split: {split} of m = {m} examples rounds to 0 examples: there is no test set.',
  'targets.notBinary':
    '{loss} needs targets of 0 or 1, but example {example} of m = {m} has {y}{more}. ' +
    'For a numeric target use loss: mse.',
  'targets.notOneHot':
    'cross_entropy needs one-hot targets (exactly one 1 per example), but example {example} of m = {m} has {y}{more}.',
  'generate.samples': 'samples must be a whole number from 1 to {max}, but is {samples}.',
  'generate.tooManySamples':
    'samples: {samples} is more than the {max} examples nnspec trains on (m ≤ {max}): checking and training would ' +
    'take too long. Use fewer samples.',
  'generate.classes': 'classes must be a whole number ≥ 2, but is {classes}.',
  'generate.tooManyClasses':
    'classes: {classes} is more than the {max} classes nnspec generates: Y gets one row per class. Use fewer classes.',
  'generate.samplesPerClass': 'samples ({samples}) must be at least classes ({classes}): every class needs an example.',
  'generate.tooLarge':
    '{x} and {y} would hold {numbers} numbers; nnspec holds data of up to {max} numbers (80 MB). ' +
    'Use fewer samples or fewer classes.',
  'generate.noise': 'noise must be a number ≥ 0, but is {noise}.',
  'generate.classesIgnored':
    "'{generator}' always makes 2 classes; classes: {classes} is ignored (only spiral and blobs take classes).",
  'inline.empty': '{name} is empty.',
  'inline.ragged':
    'Row {row} of {name} has {n} numbers but row 0 has {width}: every row of a matrix has the same length.',

  'run.tooManySteps':
    'epochs: {epochs} × {perEpoch} batches per epoch (m = {m}, batch_size {batch}) is {steps} steps, more than ' +
    'the {max} nnspec runs. Use fewer epochs or a larger batch_size.',
  'run.tooManyParameters':
    'The network has {total} parameters ({w} and {b} alone {largest}); nnspec trains up to {max}, about {bytes} ' +
    'for a run. Use fewer units.',
  'run.tooManyParametersAtLeast':
    'The network has at least {total} parameters ({w} and {b} alone {largest}); nnspec trains up to {max}, ' +
    'about {bytes} for a run. Use fewer units.',
  'run.stepNumbers': "One step's matrices hold {numbers} numbers ({bytes}): {z}, {a}, {da} and {dz} are each {shape}.",
  'run.smallerFull': 'Fewer units, or mini-batches (batch_size: 64), make it smaller.',
  'run.smallerBatch': 'Fewer units or a smaller batch_size make it smaller.',
  'run.stepTooLarge': '{what} nnspec holds up to {max} ({bytes}). {smaller}',
  'run.largeStep':
    '{what} The run keeps fewer recorded steps and the panel shows a sample of their examples and units. {smaller}',
  'run.long':
    'This run is long: {steps} steps of {parameters} parameters on batches of {batch} examples take about ' +
    '{duration} on a laptop. It can be paused or stopped; fewer steps, fewer units or smaller batches make it shorter.',

  'override.noted': '{message} {note}',
  'override.in': '(in {origins})',
  'override.from': '(from {origins})',
  // A diagnostic whose related place holds a value that --set changed: the message, then that place.
  'override.with': '(with {origins})',
  'override.setBy': '(set by {origins}, not the file)',
} as const;

export type MessageId = keyof typeof EN;
