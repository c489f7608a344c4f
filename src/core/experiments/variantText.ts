// How a new variant is written: its name (lr 0.1, init zeros, layer 1 relu) and its value as YAML
// that reads the same inside a flow mapping such as { training.learning_rate: 0.1 }.
import { toPlain } from '../spec/context';
import { readValue } from '../spec/overrides';

/** Short names for the keys students compare most. */
const SHORT: Record<string, string> = {
  'training.learning_rate': 'lr',
  'network.init': 'init',
  'training.regularization.l2': 'l2',
  'training.regularization.l1': 'l1',
};

export function variantName(path: string, value: string): string {
  const v = value.replace(/\s+/g, ' ').trim();
  const shown = v.length > 24 ? `${v.slice(0, 23)}…` : v;
  const layer = /^network\.layers\.([0-9]+)\.(\w+)$/.exec(path);
  if (layer) return layer[2] === 'activation' ? `layer ${layer[1]} ${shown}` : `layer ${layer[1]} ${layer[2]} ${shown}`;
  return `${SHORT[path] ?? path.split('.').pop()} ${shown}`;
}

/** `name`, or `name (2)`, `name (3)`, ... when taken; the name returned is then taken too. */
export function uniqueName(name: string, taken: Set<string>): string {
  let out = name;
  for (let k = 2; taken.has(out); k++) out = `${name} (${k})`;
  taken.add(out);
  return out;
}

/** Text that is a plain scalar in both block and flow YAML: no indicators, no ': ' or ' #'. */
const PLAIN = /^[A-Za-z0-9_.+-](?:[A-Za-z0-9_.+\- ()…]*[A-Za-z0-9_.+)…])?$/;

/**
 * `text` (a YAML value as typed) written so that it reads the same inside a flow mapping; with
 * `asString`, the text itself as a YAML string. Undefined when the text is not valid YAML.
 */
export function yamlText(text: string, asString = false): string | undefined {
  if (asString) {
    const read = readValue(text);
    const plain = PLAIN.test(text) && typeof read !== 'string' && read.kind === 'scalar' && read.value === text;
    return plain ? text : JSON.stringify(text);
  }
  const node = readValue(text);
  if (typeof node === 'string') return undefined;
  if (node.kind !== 'scalar') return /^[[{]/.test(text) && !text.includes('\n') ? text : JSON.stringify(toPlain(node));
  if (typeof node.value === 'string')
    return PLAIN.test(text) && node.value === text ? text : JSON.stringify(node.value);
  return node.value === null ? 'null' : String(text);
}
