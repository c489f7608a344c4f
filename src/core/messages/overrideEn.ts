// The catalog's English for overrides: a `--set PATH=VALUE` or a variant's `set:` that cannot be applied.
export const OVERRIDE_EN = {
  'set.argument': "--set takes PATH=VALUE, e.g. --set training.learning_rate=0.5, but got '{arg}'.",
  'set.problem': '--set {path}={text}: {problem}',
  'set.notYaml': 'the VALUE is not valid YAML ({error}).',
  'set.nothing': 'nothing to read',
  'path.notPath': "'{path}' is not a PATH: write the file's keys joined by dots, e.g. training.learning_rate.",
  'path.notList': '{written} in the file is not a list, so {path} cannot be set.',
  'path.notMapping': '{written} in the file is not a mapping of keys, so {path} cannot be set.',
  'path.compare': 'compare lists the variants to train beside the file; it cannot itself be set.',
  'path.matrix': ' {key} is a matrix: set it whole, e.g. {written}=[[0.1, 0.2]].',
  'path.pastValue': '{written} is a single value, so {path} goes past it: set {written} itself.{whole}',
  'path.layerNumber':
    'network.layers.{written}: after network.layers comes a layer number from 1 (network.layers.1 is layer 1), ' +
    'so {path} names no layer.',
  'path.noLayers': 'no layers',
  'path.layerRange': '{layers}, network.layers.1 to network.layers.{count}',
  'path.noLayer': 'There is no layer {layer}: the file has {range}, so {path} names no layer.',
  'path.unknownDidYouMean': "Unknown key '{key}' {where}. Did you mean {fixed}?",
  'path.belongsToLayer': "Unknown key '{key}' {where}. {key} belongs to a layer: network.layers.N.{rest} (N from 1).",
  'path.unknown': "Unknown key '{key}' {where}. Keys here: {keys}.",
  'override.inVariant': "(in variant '{name}', line {line})",
} as const;

export type OverrideMessageId = keyof typeof OVERRIDE_EN;
