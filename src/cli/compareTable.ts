// The text table `nnspec train` prints for a file with compare: one row per run, the file first.
import type { Run } from './runs';

function percent(x: number | undefined): string {
  return x === undefined ? '' : `${(100 * x).toFixed(2)}%`;
}

/** Columns for accuracy and the test set only when some run has them; a diverged run says at which step. */
export function compareTableText(rows: { name: string; run: Run }[]): string {
  const hasAccuracy = rows.some((r) => r.run.evaluation?.accuracy !== undefined);
  const hasTest = rows.some((r) => r.run.evaluation?.testCost !== undefined);
  const header = [
    'run',
    'final J',
    ...(hasAccuracy ? ['accuracy'] : []),
    ...(hasTest ? ['test J', 'test accuracy'] : []),
  ];
  const cells = rows.map(({ name, run }) => {
    const d = run.trainer.divergence;
    if (d) return [name, `diverged at step ${d.step}`];
    const e = run.evaluation;
    return [
      name,
      e?.cost.toPrecision(6) ?? '',
      ...(hasAccuracy ? [percent(e?.accuracy)] : []),
      ...(hasTest ? [e?.testCost?.toPrecision(6) ?? '', percent(e?.testAccuracy)] : []),
    ];
  });
  const table = [header, ...cells];
  const widths = header.map((_, j) =>
    Math.max(...table.map((row) => (row.length > j + 1 ? (row[j] ?? '').length : 0))),
  );
  const line = (row: string[]) =>
    row
      .map((c, j) => (j === row.length - 1 ? c : c.padEnd(widths[j])))
      .join('   ')
      .trimEnd();
  return table.map(line).join('\n');
}
