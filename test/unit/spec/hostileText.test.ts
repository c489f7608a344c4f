// Text as it arrives from other editors, web pages, PDFs and attackers: byte-order marks, every kind
// of line break, Unicode spaces, control characters, huge keys, deep nesting, out-of-range seeds.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Codes } from '../../../src/core/spec/codes';
import { parseSpec } from '../../../src/core/spec/index';
import { applyFix } from './fuzzing';
import { edit, locate, only, within, XOR } from './helpers';

describe('line breaks and byte-order marks', () => {
  test('a BOM is not an error and line 1 counts its columns from after it, as an editor shows them', () => {
    const text = `\ufeffnam: x\n${XOR.slice(XOR.indexOf('\n') + 1)}`;
    const r = parseSpec(text);
    const d = only(r.diagnostics, Codes.unknownKey);
    assert.deepEqual(d.range, { line: 1, column: 1, endLine: 1, endColumn: 4 });
    assert.equal(r.diagnostics.length, 1);
  });

  test('CR-only line endings read like LF: same spec, ranges on the lines VS Code shows', () => {
    const cr = XOR.replace(/\n/g, '\r');
    const r = parseSpec(cr);
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(r.spec, parseSpec(XOR).spec);
    const bad = parseSpec(edit(cr, 'units: 4', 'units: four'));
    const lf = edit(XOR, 'units: 4', 'units: four');
    assert.deepEqual(only(bad.diagnostics, Codes.wrongType).range, within(lf, 'units: four', 'four'));
  });

  test('CRLF ranges end before the CR: a range never includes a line break', () => {
    const crlf = edit(XOR, 'learning_rate: 1.2\n', 'learning_rate: fast\n').replace(/\n/g, '\r\n');
    const d = only(parseSpec(crlf).diagnostics, Codes.wrongType);
    const line = crlf.split('\r\n').findIndex((l) => l.includes('fast')) + 1;
    assert.deepEqual(d.range, { line, column: 18, endLine: line, endColumn: 22 });
  });
});

describe('Unicode spaces pasted from a web page or a PDF', () => {
  for (const [name, space] of [
    ['no-break space (U+00A0)', '\u00a0'],
    ['ideographic space (U+3000)', '\u3000'],
    ['thin space (U+2009)', '\u2009'],
  ]) {
    test(`a ${name} after a key: read as a space, a warning, and a fix that removes it`, () => {
      const text = edit(XOR, 'seed: 7', `seed${space}: 7`);
      const r = parseSpec(text);
      assert.equal(r.spec?.seed, 7, 'the key is seed, as the student meant');
      const d = only(r.diagnostics, Codes.unicodeSpace);
      assert.equal(d.severity, 'warning');
      assert.deepEqual(d.range, within(text, `seed${space}: 7`, space));
      assert.match(d.message, /YAML does not count it as a space; nnspec reads it as a plain space/);
      assert.equal(r.diagnostics.length, 1, 'no "Unknown key \'seed \'"');
      const fixed = applyFix(text, d.fixes![0]);
      assert.equal(fixed, edit(XOR, 'seed: 7', 'seed : 7'));
      assert.deepEqual(parseSpec(fixed).diagnostics, []);
    });
  }

  test('after a value and at the end of a line: the fix deletes it', () => {
    const text = edit(XOR, 'iterations: 1000', 'iterations: 1000\u00a0\u00a0');
    const r = parseSpec(text);
    assert.equal(r.spec?.training.iterations, 1000);
    const d = only(r.diagnostics, Codes.unicodeSpace);
    assert.match(d.message, /^A no-break space \(U\+00A0\) \(and 1 more\) here/);
    assert.deepEqual(d.fixes, [{ title: 'Delete it', range: d.range, text: '' }]);
    assert.equal(applyFix(text, d.fixes[0]), XOR);
  });

  test('between two words of a name it is part of the text and stays', () => {
    const r = parseSpec(edit(XOR, 'name: XOR with', 'name: XOR\u00a0with'));
    assert.deepEqual(r.diagnostics, []);
    assert.equal(r.spec?.name, 'XOR\u00a0with one hidden layer');
  });
});

describe('keys and values no message may print raw', () => {
  test('escape codes in a key are escaped in the message', () => {
    const text = edit(XOR, 'seed: 7', '"se\u001b[31med": 7');
    const d = only(parseSpec(text).diagnostics, Codes.unknownKey);
    assert.ok(d.message.includes("Unknown key 'se\\u001B[31med'"), d.message);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    assert.ok(!/[\u0000-\u001f]/.test(d.message));
  });

  test('duplicate empty keys are named as such, with no raw newline', () => {
    const text = `${XOR}"": 1\n"": 2\n`;
    const d = only(parseSpec(text).diagnostics, Codes.duplicateKey);
    assert.equal(
      d.message,
      'An empty key appears twice in this mapping; YAML would keep only one of them. Delete or rename one.',
    );
    assert.deepEqual(d.range, locate(text, '""', 1));
  });

  test('a 30 KB key over a long list is one unknown key, its contents never walked', () => {
    const key = 'k'.repeat(30_000);
    const list = Array.from({ length: 2000 }, (_, i) => `  - ${i}`).join('\n');
    const text = `${key}:\n${list}\n${XOR}`;
    const r = parseSpec(text);
    const d = only(r.diagnostics, Codes.unknownKey);
    assert.match(d.message, /^Unknown key 'k{60}…' at the top level/);
    // Linear bookkeeping: the 2,000 entries under the key are not recorded under a 30 KB path each.
    const pathChars = [...r.ranges.keys()].reduce((s, p) => s + p.length, 0);
    assert.ok(pathChars < 3 * key.length, `${pathChars} characters of paths`);
  });

  test('seeds are 32-bit: 2^32 is an error, not a silent wrap to seed 0', () => {
    const text = edit(XOR, 'seed: 7', 'seed: 4294967296');
    const d = only(parseSpec(text).diagnostics, Codes.outOfRange);
    assert.equal(d.message, 'seed must be a whole number from 0 to 4,294,967,295 (2^32 - 1), but is 4294967296.');
    assert.deepEqual(d.range, within(text, 'seed: 4294967296', '4294967296'));
    assert.equal(parseSpec(edit(XOR, 'seed: 7', 'seed: 4294967295')).spec?.seed, 4294967295);
  });
});

describe('nesting', () => {
  test('a 120,000-deep sequence is "nested too deeply" at its line, with no stack overflow', () => {
    const text = `${XOR}extra: ${'- '.repeat(120_000)}1\n`;
    const r = parseSpec(text);
    const d = only(r.diagnostics, Codes.tooDeep);
    const line = text.split('\n').findIndex((l) => l.startsWith('extra')) + 1;
    assert.equal(d.range.line, line);
    assert.match(d.message, /nested more than 200 levels deep/);
    assert.ok(!r.diagnostics.some((x) => /call stack/i.test(x.message)));
  });

  test('indentation nesting counts too', () => {
    const text = Array.from({ length: 400 }, (_, i) => `${' '.repeat(i)}-`).join('\n');
    only(parseSpec(text).diagnostics, Codes.tooDeep);
  });
});
