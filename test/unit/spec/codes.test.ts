import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { Codes } from '../../../src/core/spec/codes';

describe('diagnostic codes', () => {
  const codes = Object.values(Codes);

  test('are unique and kebab-case (W and b keep the notation)', () => {
    assert.equal(new Set(codes).size, codes.length);
    for (const c of codes) assert.match(c, /^[a-z]+(-[a-z]+)*(-W|-b)?$/, c);
  });

  test('each one is asserted by a spec, shapes or data test', () => {
    const dirs = [__dirname, join(__dirname, '../shapes'), join(__dirname, '../data')];
    const sources = dirs
      .flatMap((d) =>
        readdirSync(d)
          .filter((f) => f.endsWith('.test.ts') && f !== 'codes.test.ts')
          .map((f) => readFileSync(join(d, f), 'utf8')),
      )
      .join('\n');
    const untested = Object.entries(Codes)
      .filter(([key, c]) => !sources.includes(`'${c}'`) && !sources.includes(`Codes.${key}`))
      .map(([, c]) => c);
    assert.deepEqual(untested, []);
  });

  test('appear as literals only in codes.ts: everything else names them through Codes', () => {
    const root = join(__dirname, '..', '..', '..');
    const files = ['src', 'webview'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.ts') && !f.endsWith('codes.ts'))
        .map((f) => join(root, dir, f)),
    );
    const literal = new RegExp(`['"\`](${codes.map((c) => c.replace(/-/g, '\\-')).join('|')})['"\`]`);
    const found = files.flatMap((f) => {
      const m = literal.exec(readFileSync(f, 'utf8'));
      return m ? [`${relative(root, f)}: ${m[1]}`] : [];
    });
    assert.deepEqual(found, []);
  });
});
