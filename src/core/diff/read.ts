// A trace file's text as a JSON value: Python's NaN and Infinity read as numbers, and bad JSON
// reported with its line and column.
import { jsonErrorOffset } from './jsonError';

const NAN = '__nnspec_NaN__';
const INF = '__nnspec_Infinity__';
const NEG_INF = '__nnspec_-Infinity__';

/** What stands at `offset`, quoted, or that the text ends there. */
function nearText(text: string, offset: number): string {
  if (offset >= text.length) return 'where the text ends too early';
  return `at ${JSON.stringify(text.slice(offset, offset + 12))}`;
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/**
 * The JSON value of a trace file. Python's json module writes NaN, Infinity and -Infinity for
 * non-finite floats; they are read as such (and `null`, as nnspec's own JSON writes them, as NaN).
 */
export function readTraceJson(text: string): { value: unknown } | { problem: string } {
  if (text.trim() === '')
    return {
      problem:
        'the file is empty: it should hold a trace as JSON (nnspec diff --helper prints a helper that writes one).',
    };
  const marked = text.replace(/([[,:]\s*)(-Infinity|Infinity|NaN)(?=\s*[,\]}])/g, (_, lead: string, token: string) => {
    const mark = token === 'NaN' ? NAN : token === 'Infinity' ? INF : NEG_INF;
    return `${lead}"${mark}"`;
  });
  try {
    const value: unknown = JSON.parse(marked, (_key, v: unknown) =>
      v === NAN ? NaN : v === INF ? Infinity : v === NEG_INF ? -Infinity : v,
    );
    return { value };
  } catch (e) {
    const offset = jsonErrorOffset(marked);
    const where = offset === undefined ? '' : ` (${lineAndColumn(marked, offset)}, ${nearText(marked, offset)})`;
    return { problem: `not valid JSON${where}. ${e instanceof Error ? e.message : String(e)}` };
  }
}
