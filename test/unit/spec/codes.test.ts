import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Codes } from '../../../src/core/spec/codes';

describe('diagnostic codes', () => {
  const codes = Object.values(Codes);

  test('are unique and kebab-case (W and b keep the notation)', () => {
    assert.equal(new Set(codes).size, codes.length);
    for (const c of codes) assert.match(c, /^[a-z]+(-[a-z]+)*(-W|-b)?$/, c);
  });

  test('each one is asserted by a spec or shapes test', () => {
    const dirs = [__dirname, join(__dirname, '../shapes')];
    const sources = dirs
      .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.test.ts') && f !== 'codes.test.ts').map((f) => readFileSync(join(d, f), 'utf8')))
      .join('\n');
    const untested = codes.filter((c) => !sources.includes(`'${c}'`));
    assert.deepEqual(untested, []);
  });
});
