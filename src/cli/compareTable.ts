// The text table `nnspec train` prints for a file with compare: one row per run, the file first.
import { displayWidth, padEndTo } from '../core/displayWidth';
import { formatCost, formatPercent } from '../core/runText';
import { say } from './language';
import type { Run } from './runs';

const percent = (x: number | undefined): string => (x === undefined ? '' : formatPercent(x));

/** Columns for accuracy and the test set only when some run has them; a diverged run says at which step. */
export function compareTableText(rows: { name: string; run: Run }[]): string {
  const hasAccuracy = rows.some((r) => r.run.evaluation?.accuracy !== undefined);
  const hasTest = rows.some((r) => r.run.evaluation?.testCost !== undefined);
  const header = [
    say('cli.run'),
    say('cli.finalCost'),
    ...(hasAccuracy ? [say('cli.accuracy')] : []),
    ...(hasTest ? [say('cli.testCost'), say('cli.testAccuracy')] : []),
  ];
  const cells = rows.map(({ name, run }) => {
    const d = run.trainer.divergence;
    if (d) return [name, say('cli.divergedAt', { step: d.step })];
    const e = run.evaluation;
    return [
      name,
      e ? formatCost(e.cost) : '',
      ...(hasAccuracy ? [percent(e?.accuracy)] : []),
      ...(hasTest ? [e?.testCost === undefined ? '' : formatCost(e.testCost), percent(e?.testAccuracy)] : []),
    ];
  });
  const table = [header, ...cells];
  const widths = header.map((_, j) =>
    Math.max(...table.map((row) => (row.length > j + 1 ? displayWidth(row[j] ?? '') : 0))),
  );
  const line = (row: string[]) =>
    row
      .map((c, j) => (j === row.length - 1 ? c : padEndTo(c, widths[j])))
      .join('   ')
      .trimEnd();
  return table.map(line).join('\n');
}
