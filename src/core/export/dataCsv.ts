// The script's CSV reader: the same columns, numbers and class encoding as src/core/data/csv.ts.
import type { Dataset } from '../data/types';
import type { DataSource } from '../spec/types';
import { dataShape, fromRows, type Flavor } from './flavor';
import { pyCall, pyDocText, pyList, pyString, wrap } from './python';

type CsvSource = Extract<DataSource, { kind: 'csv' }>;

/** A column as the script finds it: by its header name, or by its 0-based index. */
function column(ref: string | number): string {
  return typeof ref === 'number' ? String(ref) : `header.index(${pyString(ref)})`;
}

function refsText(refs: (string | number)[]): string {
  return refs.map((r) => (typeof r === 'number' ? `column ${r}` : r)).join(', ');
}

/** The target rows: numbers as written, or the class column encoded as nnspec encodes it. */
function targetCode(src: CsvSource, data: Dataset): { constant?: string; lines: string[] } {
  if (!src.oneHot) {
    return {
      lines: [
        `targets = ${pyCall('[', src.target.map(column), ']', 4)}`,
        'Y = [[float(row[j]) for j in targets] for row in rows]',
      ],
    };
  }
  const target = `target = ${column(src.target[0])}`;
  if (data.Y.rows === 1) {
    return {
      constant:
        `# y = 1 for this class and 0 for the other (the second of the two in nnspec's ` +
        `sorted order)\nPOSITIVE_CLASS = ${pyString(data.targetNames[0])}`,
      lines: [target, 'Y = [[float(row[target] == POSITIVE_CLASS)] for row in rows]'],
    };
  }
  return {
    constant:
      `# One output unit per class, in nnspec's order (sorted: by value when every class is ` +
      `a number)\nCLASSES = ${pyList(data.targetNames)}`,
    lines: [target, 'Y = [[float(row[target] == c) for c in CLASSES] for row in rows]  # one-hot'],
  };
}

export function loadCsvCode(
  src: CsvSource,
  data: Dataset,
  f: Flavor,
  scriptPath: string,
): { imports: string[]; code: string } {
  const m = data.X.cols + (data.Xtest?.cols ?? 0);
  const target = targetCode(src, data);
  const t = fromRows(f);
  const constants = [`DATA_FILE = Path(__file__).resolve().parent / ${pyString(scriptPath)}`];
  if (target.constant) constants.push(target.constant);
  const code = `${constants.join('\n')}


def load_data():
    """${wrap(
      `Reads ${pyDocText(scriptPath)} as nnspec does: a header row of column names, then one ` + `example per row.`,
      96,
      '    ',
    ).trimStart()}

${wrap(`Features: ${pyDocText(refsText(src.features))}. Target: ${pyDocText(refsText(src.target))}.`, 96, '    ')}
    """
    with open(DATA_FILE, newline="", encoding="utf-8-sig") as f:
        table = [[cell.strip() for cell in row] for row in csv.reader(f) if row]
    header, rows = table[0], table[1:]
    features = ${pyCall('[', src.features.map(column), ']', 4)}
    X = [[float(row[j]) for j in features] for row in rows]
    ${target.lines.join('\n    ')}
    X = ${f.array('X')}${t}  # ${dataShape(f, 'n[0]', data.X.rows, m)}
    Y = ${f.array('Y')}${t}  # ${dataShape(f, 'n[L]', data.Y.rows, m)}
    return X, Y`;
  return { imports: ['import csv', 'from pathlib import Path'], code };
}
