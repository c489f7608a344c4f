// The panel writes no English in place: every text, title, accessible name and placeholder of webview/
// goes through label() (webview/labels.ts), whose tables in webview/words/ hold English and Korean.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { label, PANEL_EN, setPanelLanguage } from '../../../webview/labels';

const root = join(__dirname, '..', '..', '..');
const webview = join(root, 'webview');

function panelSources(dir = webview, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'words') panelSources(p, out);
    } else if (p.endsWith('.ts') && name !== 'labels.ts') out.push(p);
  }
  return out;
}

/** A literal (or a template) given straight to what the student reads or hears. */
const IN_PLACE = new RegExp(
  [
    String.raw`\b(?:text|title|placeholder|description|empty|label|yTitle|y1Title):\s*`,
    String.raw`'(?:aria-label|aria-roledescription|title)'(?::\s*|,\s*)`,
    String.raw`\.(?:textContent|title|data)\s*=\s*`,
    String.raw`\bplaceholder\(\s*`,
    // a text child of an element: el('li', {}, ' class 1')
    String.raw`\bel\(\s*'\w+',\s*\{[^{}]*\},\s*(?:[\w.]+,\s*)?`,
  ]
    .join('|')
    .replace(/^/, '(?:')
    .concat(String.raw`)(['"\x60])((?:(?!\1)[^\\]|\\.)*)\1`),
  'g',
);

/** What is left to read once the filled-in parts are gone: a word of three letters or more is English. */
const english = (literal: string) => /[A-Za-z]{3}/.test(literal.replace(/\$\{[^}]*\}/g, '').replace(/\bnnspec\b/g, ''));

test('the panel has no English text, title or accessible name written in place', () => {
  const files = panelSources();
  assert.ok(files.length >= 40, `only ${files.length} files read`);
  const found: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(IN_PLACE)) if (english(m[2])) found.push(`${relative(root, f)}: ${m[0]}`);
  }
  assert.deepEqual(found, []);
});

test('the scan catches English in each position it reads', () => {
  const samples = [
    "el('p', { text: 'Step one' })",
    "attrs: { 'aria-label': `Zoom into ${x}` }",
    "b.setAttribute('aria-label', 'Close it')",
    "cell.textContent = 'none yet';",
    "placeholder('Nothing here')",
    "el('li', {}, marker, ' class 1')",
  ];
  for (const s of samples) {
    const m = [...s.matchAll(IN_PLACE)];
    assert.ok(m.length === 1 && english(m[0][2]), s);
  }
  assert.equal([..."el('p', { text: label('x.y') })".matchAll(IN_PLACE)].length, 0);
});

test('labels fill named parameters, English plurals and numbered ones, in either language', () => {
  setPanelLanguage('en');
  assert.equal(label('timeline.recorded', { count: 1 }), '1 recorded step');
  assert.equal(label('timeline.recorded', { count: 3 }), '3 recorded steps');
  assert.equal(
    label('matrix.entry', { matrix: 'dW[1]', row: 2, col: 1, value: '0.0031' }),
    'dW[1] row 2 column 1: 0.0031',
  );
  assert.equal(label('metric.cost', '0.693'), 'cost 0.693');
  setPanelLanguage('ko');
  assert.equal(label('timeline.recorded', { count: 1 }), '기록된 스텝 1개');
  assert.equal(label('matrix.entry', { matrix: 'dW[1]', row: 2, col: 1, value: '0.0031' }), 'dW[1] 2행 1열: 0.0031');
  assert.equal(label('metric.cost', '0.693'), '비용 0.693');
  setPanelLanguage(undefined);
  assert.equal(label('runs.colRun'), PANEL_EN['runs.colRun']);
});
