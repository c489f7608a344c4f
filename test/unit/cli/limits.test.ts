// The command line on hostile input and long runs: bounded output pieces, budgets named in usage
// errors, files that are not files, escape codes, and one line for an unexpected failure.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { main } from '../../../src/cli';
import { analyze } from '../../../src/core/analyze';
import { Trainer } from '../../../src/core/training/trainer';
import { memoryIO } from '../data/spec-fixture';
import { XOR } from '../spec/helpers';

const examples = join(__dirname, '..', '..', '..', 'examples');
const dir = mkdtempSync(join(tmpdir(), 'nnspec-cli-limits-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: false });
  return { code, pieces: out, out: out.join('\n'), err: err.join('\n') };
}

function specFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('nnspec train --json on a long run', () => {
  const steps = 30_000;
  const text = XOR.replace('iterations: 1000', `iterations: ${steps}`);

  test('streams: J_t of every step, exactly, in pieces of bounded size', () => {
    const r = run('train', specFile('long.nnspec', text), '--json');
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out);
    assert.equal(out.costs.length, steps);
    const a = analyze(text, memoryIO({}));
    const trainer = new Trainer(a.parse.spec!, a.dataset!);
    for (let t = 0; t < steps; t++) assert.equal(out.costs[t], trainer.next()!.cost, `J_${t}`);
    assert.ok(r.pieces.length > 5, `${r.pieces.length} pieces`);
    assert.ok(Math.max(...r.pieces.map((p) => p.length)) < 70_000, 'no piece much over the 64 KB chunk');
  });

  test('--steps beyond the budget is a usage error naming the budget, before anything runs', () => {
    const r = run('train', join(examples, 'planar-flower.nnspec'), '--json', '--steps', '3400');
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(
      r.err,
      /^nnspec: --steps 3,400 would print 27,315,600 numbers \(about \d+ MB of JSON\), 8,034 per step\. --steps prints at most 10,000,000 numbers: use --steps 1244 or fewer\./,
    );
  });

  test('--iterations beyond the steps nnspec runs is a usage error', () => {
    const r = run('train', specFile('xor.nnspec', XOR), '--iterations', '20000000');
    assert.equal(r.code, 2);
    assert.match(r.err, /--iterations must be a whole number from 1 to 10,000,000, not '20000000'/);
  });
});

describe('nnspec on files that are not specs', () => {
  test('a device or a FIFO is refused at once, not read forever', () => {
    const fifo = join(dir, 'pipe.nnspec');
    execFileSync('mkfifo', [fifo]);
    for (const [file, kind] of [
      ['/dev/zero', 'a device'],
      [fifo, 'a named pipe (FIFO)'],
      [dir, 'a folder'],
    ]) {
      const r = run('check', file);
      assert.equal(r.code, 1);
      assert.equal(r.err, `Cannot read ${file}: it is ${kind}, not a file.`);
    }
  });

  test("a CSV outside the spec's folder is refused by check, naming the folder", () => {
    mkdirSync(join(dir, 'specs'));
    writeFileSync(join(dir, 'other.csv'), 'x,y\n1,0\n');
    const spec = XOR.replace(
      /data:\n[\s\S]*?(?=network:)/,
      'data:\n  csv: {path: ../other.csv, features: [x], target: y}\n',
    );
    const r = run('check', specFile('specs/outside.nnspec', spec));
    assert.equal(r.code, 1);
    assert.match(
      r.out,
      /error data\.csv\.path '\.\.\/other\.csv' leads outside the spec's folder .*\[data-csv-outside\]/,
    );
  });
});

describe('nnspec output is safe for a terminal', () => {
  test('escape codes in a key reach the terminal escaped', () => {
    const r = run('check', specFile('escape.nnspec', XOR.replace('seed: 7', '"\u001b]0;pwned\u0007\u001b[2J": 7')));
    assert.equal(r.code, 1);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    assert.ok(!/[\u0000-\u0008\u000b-\u001f]/.test(r.out), JSON.stringify(r.out));
    assert.match(r.out, /Unknown key '\\u001B\]0;pwned\\u0007\\u001B\[2J'/);
  });

  test("a spec's name with escape codes is printed escaped in the shape table", () => {
    const r = run(
      'shapes',
      specFile('name.nnspec', XOR.replace('name: XOR with one hidden layer', 'name: "x\u001b[2Jy"')),
    );
    assert.equal(r.code, 0, r.err);
    assert.ok(r.out.includes('x\\u001B[2Jy'), r.out.slice(0, 200));
    assert.ok(!r.out.includes('\u001b'));
  });

  test('a BOM does not shift the columns of line 1', () => {
    const r = run('check', specFile('bom.nnspec', `\ufeff${XOR.replace('name:', 'nme:')}`));
    assert.match(r.out, /bom\.nnspec:1:1: error Unknown key 'nme'/);
  });

  test('an unexpected failure is one line and exit 1, never a stack trace', () => {
    const err: string[] = [];
    const code = main(['check', specFile('ok.nnspec', XOR)], {
      out: () => {
        throw new RangeError('Invalid string length');
      },
      err: (s) => err.push(s),
      isTTY: false,
    });
    assert.equal(code, 1);
    assert.deepEqual(err, [
      'nnspec: internal error (RangeError: Invalid string length). Please report it with the spec that caused it.',
    ]);
  });
});
