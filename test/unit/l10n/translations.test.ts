// English and Korean carry the same strings: package.json's %keys% in package.nls.json and
// package.nls.ko.json, and every vscode.l10n.t(...) message of the extension in l10n/bundle.l10n.ko.json.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '..', '..', '..');
const json = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;

/** Every `%key%` string anywhere in package.json's contributes. */
function nlsKeysUsed(node: unknown, out = new Set<string>()): Set<string> {
  if (typeof node === 'string') {
    const m = /^%(.+)%$/.exec(node);
    if (m) out.add(m[1]);
  } else if (node && typeof node === 'object') for (const v of Object.values(node)) nlsKeysUsed(v, out);
  return out;
}

/** The literal first argument of every vscode.l10n.t call in src/extension/. */
function hostMessages(dir = join(root, 'src', 'extension')): Set<string> {
  const out = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    // Prettier writes a message holding an apostrophe in double quotes.
    for (const m of text.matchAll(/vscode\.l10n\.t\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g))
      out.add((m[1] ?? m[2]).replace(/\\(['"])/g, '$1'));
    // A call whose message is not a literal could not be looked up in the bundle.
    assert.doesNotMatch(text, /vscode\.l10n\.t\(\s*[^'"\s]/, `${f}: vscode.l10n.t takes a literal message`);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
const commandLinks = (s: string) => [...s.matchAll(/\(command:[^)]+\)/g)].map((m) => m[0]);
const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim() !== '';

test('every title and description package.json contributes is a %key% of both languages', () => {
  const pkg = json('package.json');
  const contributes = pkg.contributes as Record<string, unknown>;
  const en = json('package.nls.json');
  const ko = json('package.nls.ko.json');
  const used = nlsKeysUsed(contributes);
  assert.ok(used.size >= 30, `only ${used.size} keys used`);
  assert.deepEqual(
    [...used].filter((k) => !nonEmpty(en[k])),
    [],
    'missing from package.nls.json',
  );
  assert.deepEqual(
    [...used].filter((k) => !nonEmpty(ko[k])),
    [],
    'missing from package.nls.ko.json',
  );
  assert.deepEqual(Object.keys(en).sort(), Object.keys(ko).sort(), 'the two nls files differ in their keys');
  assert.deepEqual(
    Object.keys(en).filter((k) => !used.has(k)),
    [],
    'keys no longer used',
  );
  const commands = contributes.commands as { title: string }[];
  assert.deepEqual(
    commands.filter((c) => !/^%.+%$/.test(c.title)),
    [],
    'a command title written in place',
  );
});

test('Korean keeps the walkthrough links and the English text is not left untranslated', () => {
  const en = json('package.nls.json') as Record<string, string>;
  const ko = json('package.nls.ko.json') as Record<string, string>;
  for (const k of Object.keys(en)) {
    assert.deepEqual(commandLinks(ko[k]), commandLinks(en[k]), k);
    if (/[a-z]{3}/.test(en[k].replace(/`[^`]*`|\([^)]*\)/g, ''))) assert.match(ko[k], /[가-힣]/, `${k} is not Korean`);
  }
});

test('every message of the extension host is in l10n/bundle.l10n.ko.json, with the same placeholders', () => {
  const messages = hostMessages();
  const ko = json(join('l10n', 'bundle.l10n.ko.json')) as Record<string, string>;
  assert.ok(messages.size >= 30, `only ${messages.size} messages found`);
  assert.deepEqual(
    [...messages].filter((m) => !nonEmpty(ko[m])),
    [],
    'missing Korean',
  );
  assert.deepEqual(
    Object.keys(ko).filter((m) => !messages.has(m)),
    [],
    'Korean for messages no longer used',
  );
  for (const m of messages) assert.deepEqual(placeholders(ko[m]), placeholders(m), m);
  assert.equal((json('package.json') as { l10n?: string }).l10n, './l10n');
});

test('the host writes no English in place: every message, title, prompt and button goes through vscode.l10n.t', () => {
  const dir = join(root, 'src', 'extension');
  // A literal (or a template) given straight to what the student reads.
  const inPlace =
    /(?:show(?:Error|Warning|Information)Message\(\s*|\b(?:title|prompt|placeHolder|openLabel|message|detail):\s*)(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g;
  // What is left to read once the filled-in parts and the 'nnspec: ' every notification starts with are gone.
  const words = (literal: string) => literal.replace(/\$\{[^}]*\}/g, '').replace(/^nnspec: /, '');
  const found: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    for (const m of text.matchAll(inPlace)) if (/[A-Za-z]{3}/.test(words(m[2]))) found.push(`${f}: ${m[0]}`);
  }
  assert.deepEqual(found, []);
});
