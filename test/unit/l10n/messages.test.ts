// The core's message catalog and the panel's labels are complete in English and Korean, each id used,
// and a real diagnostic reads in Korean through the CLI (--lang ko) and through the host's rendering.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../../src/cli';
import { setLanguage } from '../../../src/cli/language';
import { analyze } from '../../../src/core/analyze';
import { EN } from '../../../src/core/messages/en';
import { KO } from '../../../src/core/messages/ko';
import { localizeDiagnostic, localizeShapes } from '../../../src/core/messages/localize';
import { templateParams } from '../../../src/core/messages/message';
import { diskIO } from '../../../src/node/dataFiles';
import { panelHtml } from '../../../src/node/panelHtml';
import { PANEL_EN, PANEL_KO } from '../../../webview/labels';

const root = join(__dirname, '..', '..', '..');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Every quoted literal of the files, except in the tables themselves. */
function literals(dirs: string[], except: string[]): Set<string> {
  const out = new Set<string>();
  for (const f of dirs.flatMap((d) => sources(join(root, d)))) {
    if (except.some((e) => f.endsWith(e))) continue;
    for (const m of readFileSync(f, 'utf8').matchAll(/'([\w.]+)'/g)) out.add(m[1]);
  }
  return out;
}

const messagesDir = join(root, 'src', 'core', 'messages');
/** The catalog's tables (en.ts, ko.ts and every xEn.ts, xKo.ts beside them), whose ids do not count as used. */
const CATALOG_FILES = readdirSync(messagesDir)
  .filter((f) => /^(en|ko)\.ts$|(En|Ko)\.ts$/.test(f))
  .map((f) => `messages/${f}`);

const hangul = /[가-힣]/;
/** Ids whose Korean is rightly without Korean words: a list joined by a comma, an option and its problem. */
const NO_WORDS = new Set(['list.two', 'set.problem']);

const XT = `name: xor
layout: columns
data:
  inline:
    X: [[0, 0], [0, 1], [1, 0], [1, 1]]
    Y: [[0, 1, 1, 0]]
network:
  input: 2
  layers:
    - units: 3
      activation: tanh
    - units: 1
      activation: sigmoid
loss: binary_cross_entropy
training:
  iterations: 10
  learning_rate: 0.5
`;

test('every message id has English and Korean with the same named parameters', () => {
  const ids = Object.keys(EN) as (keyof typeof EN)[];
  assert.ok(ids.length >= 100, `only ${ids.length} ids`);
  assert.deepEqual(Object.keys(KO).sort(), [...ids].sort(), 'the two tables differ in their ids');
  for (const id of ids) {
    assert.ok(KO[id].trim() !== '' || EN[id].trim() === '', `${id}: no Korean`);
    assert.deepEqual(templateParams(KO[id]), templateParams(EN[id]), `${id}: parameters differ`);
    if (
      !NO_WORDS.has(id) &&
      /[a-z]{3}/.test(EN[id].replace(/\{[^}]*\}|[\w.]*_[\w.]*|'[^']*'|data\.\S+|network\.\S+/g, ''))
    )
      assert.match(KO[id], hangul, `${id} is not Korean`);
  }
});

test('no id is written in two English tables (one would silently replace the other in en.ts)', () => {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  const english = CATALOG_FILES.filter((f) => /(en|En)\.ts$/.test(f));
  assert.ok(english.length >= 7, english.join(', '));
  for (const f of english)
    for (const m of readFileSync(join(root, 'src', 'core', f), 'utf8').matchAll(/^\s+'([\w.]+)':/gm)) {
      if (seen.has(m[1])) clashes.push(`${m[1]}: ${seen.get(m[1])} and ${f}`);
      seen.set(m[1], f);
    }
  assert.deepEqual(clashes, []);
  assert.equal(seen.size, Object.keys(EN).length, 'every id of EN is written in one of the tables');
});

test('every message id is used by the code, and no id is left over', () => {
  const used = literals(['src'], CATALOG_FILES);
  assert.deepEqual(
    Object.keys(EN).filter((id) => !used.has(id)),
    [],
    'ids no code uses',
  );
});

/** Panel labels whose Korean is rightly without Korean words: the range's ' ~ ' between two inputs. */
const PANEL_NO_WORDS = new Set(['examples.to']);

test('every panel label has English and Korean, the same placeholders, and is used', () => {
  const ids = Object.keys(PANEL_EN) as (keyof typeof PANEL_EN)[];
  assert.ok(ids.length >= 200, `only ${ids.length} labels`);
  const ko = PANEL_KO;
  assert.ok(ko, "the Korean words are left out only of the English page's script");
  assert.deepEqual(Object.keys(ko).sort(), [...ids].sort());
  const tables = readdirSync(join(root, 'webview', 'words')).map((f) => `webview/words/${f}`);
  const used = literals(['webview'], ['webview/labels.ts', ...tables]);
  for (const id of ids) {
    if (!PANEL_NO_WORDS.has(id)) assert.match(ko[id], hangul, `${id} is not Korean`);
    assert.deepEqual(templateParams(ko[id]), templateParams(PANEL_EN[id]), id);
    assert.ok(used.has(id), `${id} is not used by the panel`);
  }
});

test('a transposed X reads in Korean through the host rendering, in English unchanged', () => {
  const d = analyze(XT, diskIO({ baseDir: root })).diagnostics.find((x) => x.code === 'x-transposed');
  assert.ok(d);
  assert.equal(localizeDiagnostic(d, 'en'), d);
  assert.match(d.message, /^X is written with one example per row: \(4, 2\) holds 4 examples of 2 features/);
  const ko = localizeDiagnostic(d, 'ko');
  assert.match(ko.message, /^X에 예제가 행마다 하나씩 적혀 있습니다: \(4, 2\)에는 예제 4개가 각각 특성 2개씩/);
  assert.match(ko.message, /\(2, 4\) = \(n\[0\], m\)/, 'the notation stays');
  assert.match(
    ko.message,
    /예제 하나여야 합니다\. Z\[1\] = W\[1\] A\[0\]: \(3, 2\)\(4, 2\) — 2 ≠ 4\.$/,
    'the failing product',
  );
  assert.equal(ko.code, d.code);
  assert.deepEqual(ko.range, d.range);
  assert.ok(ko.fixes && ko.fixes.length > 0);
  for (const f of ko.fixes) assert.match(f.title, hangul, f.title);
  assert.deepEqual(
    ko.fixes.map((f) => f.text),
    d.fixes!.map((f) => f.text),
  );
  for (const r of ko.related ?? []) assert.match(r.message, hangul, r.message);
});

test('nnspec check --lang ko prints the transposed X in Korean; without it, in English', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nnspec-l10n-'));
  const file = join(dir, 'xt.nnspec');
  writeFileSync(file, XT);
  const run = (argv: string[]) => {
    const out: string[] = [];
    const code = main(argv, { out: (s) => out.push(s), err: (s) => out.push(s), isTTY: false }, {});
    return { code, text: out.join('\n') };
  };
  try {
    const ko = run(['--lang', 'ko', 'check', file]);
    assert.equal(ko.code, 1);
    assert.match(ko.text, /: 오류 X에 예제가 행마다 하나씩 적혀 있습니다: .* \[x-transposed\]/);
    assert.match(ko.text, /오류 1개, 경고 0개/);
    const en = run(['check', file]);
    assert.match(en.text, /error X is written with one example per row: .* \[x-transposed\]/);
    assert.doesNotMatch(en.text, hangul);
  } finally {
    setLanguage('en');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the panel page carries the editor language, and the shape table its mismatch in Korean', () => {
  const page = (lang?: 'en' | 'ko') =>
    panelHtml({ cspSource: 'x', script: '', style: '', laterScriptUri: 'l.js', title: 't', uri: 'file:///a', lang });
  assert.match(page('ko'), /<html lang="ko">/);
  assert.match(page(), /<html lang="en">/);
  const a = analyze(readFileSync(join(root, 'examples', 'broken-shapes.nnspec'), 'utf8'), diskIO({ baseDir: root }));
  const bad = a.shapes!.layers.find((l) => l.mismatch)!;
  assert.match(bad.mismatch!.message, /^W\[2\] must be \(1, 4\)/);
  const ko = localizeShapes(a.shapes!, a.diagnostics, 'ko').layers[bad.layer - 1];
  assert.match(ko.mismatch!.message, /^W\[2\]의 형태는 \(1, 4\) = \(n\[2\], n\[1\]\)여야 하는데 \(1, 3\)입니다/);
  assert.equal(localizeShapes(a.shapes!, a.diagnostics, 'en'), a.shapes);
});
