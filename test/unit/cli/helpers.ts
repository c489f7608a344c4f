// Running `nnspec` in-process and writing spec files to fresh temporary folders (removed after the tests).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { main } from '../../../src/cli';
import { setLanguage } from '../../../src/cli/language';

const made: string[] = [];
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

export function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * `run` for argv that may hold --lang, with no locale from the environment; the CLI's language is
 * English again afterwards, for the next test.
 */
export function runThenEnglish(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: false }, {});
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    setLanguage('en');
  }
}

/** `text` written to `name` in a new temporary folder (with `files` beside it); returns its path. */
export function specFile(text: string, files: Record<string, string> = {}, name = 'net.nnspec'): string {
  const dir = mkdtempSync(join(tmpdir(), 'nnspec-cli-'));
  made.push(dir);
  for (const [f, content] of Object.entries(files)) writeFileSync(join(dir, f), content);
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** `text` with each [from, to] replaced once; fails when `from` is not in it. */
export function edited(text: string, edits: [string, string][]): string {
  return edits.reduce((t, [from, to]) => {
    assert.ok(t.includes(from), `'${from}' is not in the text`);
    return t.replace(from, to);
  }, text);
}
