// Per-unit min, max and mean of a matrix over examples, over the whole batch: a table in a
// disclosure under the matrix, so that a long batch still has its summary one click away.

import type { MatrixDTO } from '../../src/protocol';
import { alongExamples, alongUnits } from '../../src/core/layout';
import { el } from '../dom';
import { fmt } from '../format';
import { label, type LabelId } from '../labels';

const STAT_UNITS = 32;
const STAT_HEADS: LabelId[] = ['matrix.statUnit', 'matrix.statMin', 'matrix.statMax', 'matrix.statMean'];

function statsRows(m: MatrixDTO, exampleAxis: 0 | 1): HTMLTableRowElement[] {
  const units = alongUnits(exampleAxis, m.rows, m.cols);
  const count = alongExamples(exampleAxis, m.rows, m.cols);
  // Row-major: the next row is m.cols entries on, the next column 1.
  const unitStride = alongUnits(exampleAxis, m.cols, 1);
  const exampleStride = alongExamples(exampleAxis, m.cols, 1);
  const at = (u: number, e: number) => m.data[u * unitStride + e * exampleStride];
  // A sampled matrix's units are some of the layer's: each is named by its index in the layer.
  const index = m.of && alongUnits(exampleAxis, m.of.rowIndex, m.of.colIndex);
  const rows: HTMLTableRowElement[] = [];
  for (let u = 0; u < Math.min(units, STAT_UNITS); u++) {
    let lo = Infinity;
    let hi = -Infinity;
    let sum = 0;
    for (let e = 0; e < count; e++) {
      const v = at(u, e);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      sum += v;
    }
    const cells = [lo, hi, sum / count].map((v) => el('td', { text: fmt(v) }));
    rows.push(el('tr', {}, el('th', { text: String((index?.[u] ?? u) + 1) }), ...cells));
  }
  return rows;
}

/** The table of unit statistics of `m`, named after it. */
export function statsTable(m: MatrixDTO, name: string, exampleAxis: 0 | 1): HTMLTableElement {
  const units = alongUnits(exampleAxis, m.rows, m.cols);
  const count = alongExamples(exampleAxis, m.rows, m.cols);
  const head = el('tr', {}, ...STAT_HEADS.map((t) => el('th', { text: label(t) })));
  const table = el(
    'table',
    { class: 'stats', attrs: { 'aria-label': label('matrix.statsName', { matrix: name, count }) } },
    el('thead', {}, head),
    el('tbody', {}, ...statsRows(m, exampleAxis)),
  );
  const whole = m.of ? alongUnits(exampleAxis, m.of.rows, m.of.cols) : units;
  const first = units > STAT_UNITS;
  const caption =
    whole > units
      ? first
        ? label('matrix.statsFirstSent', { shown: STAT_UNITS, units, whole })
        : label('matrix.statsSent', { units, whole })
      : first && label('matrix.statsFirst', { shown: STAT_UNITS, units });
  if (caption) table.append(el('caption', { text: caption }));
  return table;
}
