// The run list: every run of the spec kept this session, newest first, with what changed since the
// run before, where it is or how it ended, its final J and accuracy, and a box to draw it beside the
// current run (which is always drawn). Rows are updated in place, so a focused box keeps its focus.

import { formatCost, formatPercent, runStateText } from '../src/core/runText';
import type { RunSummary, StatusMessage } from '../src/protocol';
import { el, placeholder } from './dom';
import { runName } from './runsState';
import type { Section } from './section';
import type { ViewState } from './state';

interface Row {
  tr: HTMLTableRowElement;
  box: HTMLInputElement;
  name: HTMLLabelElement;
  note: HTMLElement;
  status: HTMLTableCellElement;
  cost: HTMLTableCellElement;
  accuracy: HTMLTableCellElement;
  testCost: HTMLTableCellElement;
}

type Where = Pick<StatusMessage, 'status' | 'stale' | 'stepsRun' | 'totalSteps'>;

function newRow(onToggle: (runId: number, shown: boolean) => void, runId: number): Row {
  const box = el('input', { id: `run-toggle-${runId}`, attrs: { type: 'checkbox' } });
  box.addEventListener('change', () => onToggle(runId, box.checked));
  const name = el('label', { class: 'run-name', attrs: { for: box.id } });
  const note = el('span', { class: 'note run-note' });
  const cell = (cls: string) => el('td', { class: cls });
  const row: Row = {
    tr: el('tr', { attrs: { 'data-run': String(runId) } }),
    box,
    name,
    note,
    status: cell('run-status'),
    cost: cell('num'),
    accuracy: cell('num'),
    testCost: cell('num'),
  };
  row.tr.append(el('td', {}, box), el('td', {}, name, ' ', note), row.status, row.cost, row.accuracy, row.testCost);
  return row;
}

function fill(row: Row, r: RunSummary, s: ViewState, experimentNumber: number | undefined): void {
  const current = r.runId === s.run?.runId;
  const live = current ? s.run?.status : s.runs.others[r.runId]?.status;
  const where: Where = live ?? r;
  row.tr.className = [current ? 'current' : '', r.variant !== undefined ? 'variant' : ''].join(' ').trim();
  row.box.checked = current || r.overlaid;
  row.box.disabled = current;
  row.box.setAttribute(
    'aria-label',
    current ? `${runName(r)}: the current run, always drawn` : `Draw ${runName(r)} beside the current run`,
  );
  row.name.textContent = runName(r);
  row.name.title = r.label;
  row.note.textContent = current
    ? 'the current run'
    : r.variant !== undefined && experimentNumber !== undefined
      ? `variant of #${experimentNumber}`
      : '';
  row.status.textContent = runStateText(where);
  row.status.title = (live ?? r).message ?? '';
  row.status.dataset.status = where.status;
  const f = (live ?? r).final ?? r.final;
  row.cost.textContent = f ? formatCost(f.cost) : '';
  row.accuracy.textContent = f?.accuracy !== undefined ? formatPercent(f.accuracy) : '';
  row.testCost.textContent = f?.testCost !== undefined ? formatCost(f.testCost) : '';
}

export function createRunList(body: HTMLElement, onToggle: (runId: number, shown: boolean) => void): Section {
  const empty = placeholder('Each run of this spec is listed here; tick one to draw it beside the current run.');
  const tbody = el('tbody');
  const testHead = el('th', { text: 'test J', attrs: { scope: 'col' } });
  const table = el(
    'table',
    { id: 'runs-table', class: 'run-list' },
    el('caption', {
      class: 'note',
      text: 'The runs of this spec, newest first. Tick a run to draw its curves and its decision boundary beside the current run’s.',
    }),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ...['drawn', 'run', 'status', 'final J', 'accuracy'].map((t) => el('th', { text: t, attrs: { scope: 'col' } })),
        testHead,
      ),
    ),
    tbody,
  );
  body.append(empty, table);
  const rows = new Map<number, Row>();
  let order = '';

  return {
    render: (s) => {
      const list = s.runs.list;
      empty.hidden = list.length > 0;
      table.hidden = list.length === 0;
      const numbers = new Map(list.map((r) => [r.runId, r.number]));
      for (const id of rows.keys()) if (!list.some((r) => r.runId === id)) rows.delete(id);
      for (const r of list) {
        let row = rows.get(r.runId);
        if (!row) rows.set(r.runId, (row = newRow(onToggle, r.runId)));
        fill(row, r, s, numbers.get(r.experiment));
      }
      const ids = list.map((r) => r.runId).join(',');
      if (ids !== order) {
        order = ids;
        tbody.replaceChildren(...list.map((r) => rows.get(r.runId)!.tr));
      }
      const anyTest = list.some((r) => r.final?.testCost !== undefined);
      testHead.hidden = !anyTest;
      for (const row of rows.values()) row.testCost.hidden = !anyTest;
    },
  };
}
