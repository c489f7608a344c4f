// `--set PATH=VALUE` on explain, export and diff: each prints what it prints for the file edited to
// say so, and refuses a PATH or VALUE the file cannot take (exit 2); `diff --helper` takes no --set.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { edited, run, runThenEnglish, specFile } from './helpers';

const SMALL = `seed: 3
data:
  generate: { kind: moons, samples: 16, noise: 0.1 }
network:
  layers:
    - units: 3
      activation: tanh
    - units: 1
      activation: sigmoid
loss: binary_cross_entropy
training:
  iterations: 4
  learning_rate: 0.5
`;

const RATE: [string, string][] = [['learning_rate: 0.5', 'learning_rate: 0.05']];
const SET_RATE = ['--set', 'training.learning_rate=0.05'];

/** A command's output with --set, checked equal to its output for the edited file and unlike the file's own. */
function sameAsEdited(command: string, args: string[]) {
  const file = specFile(SMALL);
  const viaSet = run(command, file, ...args, ...SET_RATE);
  const viaFile = run(command, specFile(edited(SMALL, RATE)), ...args);
  const own = run(command, file, ...args);
  for (const r of [viaSet, viaFile, own]) assert.equal(r.code, 0, r.err);
  assert.equal(viaSet.out, viaFile.out);
  assert.notEqual(viaSet.out, own.out, 'the --set changes the output');
  return viaSet.out;
}

/** train --json --steps 2 of `file` (with `sets`), written as a trace beside it. */
function traceOf(file: string, sets: string[]): string {
  const r = run('train', file, '--json', '--steps', '2', ...sets);
  assert.equal(r.code, 0, r.err);
  const path = join(dirname(file), `trace-${sets.length}.json`);
  writeFileSync(path, r.out);
  return path;
}

describe('--set on explain, export and diff: what the edited file gives', () => {
  test('explain: the same explanation as the edited file', () => {
    const out = JSON.parse(sameAsEdited('explain', ['--step', '2', '--entry', 'W[1][1,1]', '--json']));
    assert.equal(out.entry, 'W[1][1,1]');
    assert.equal(typeof out.value, 'number');
  });

  test('export: the same script as the edited file, with the new learning rate in it', () => {
    const script = sameAsEdited('export', ['--to', 'numpy']);
    assert.match(script, /0\.05\b/);
  });

  test('diff: agrees with a trace made with the same --set, and not without it', () => {
    const file = specFile(SMALL);
    const withSet = traceOf(file, SET_RATE);
    const same = run('diff', file, withSet, ...SET_RATE);
    assert.equal(same.code, 0, same.out + same.err);
    const without = run('diff', file, withSet);
    assert.equal(without.code, 1, without.out + without.err);
    assert.equal(run('diff', file, traceOf(file, []), ...SET_RATE).code, 1);
  });
});

describe('--set on explain, export and diff: a PATH or VALUE the file cannot take is a usage error', () => {
  const refused = (argv: string[], set: string, message: RegExp) => {
    const r = run(...argv, '--set', set);
    assert.equal(r.code, 2, `${argv[0]} --set ${set}: ${r.out}${r.err}`);
    assert.match(r.err, message);
    assert.match(r.err, /Usage:/);
    assert.equal(r.out, '');
  };

  test('explain: a layer the file does not have', () => {
    const argv = ['explain', specFile(SMALL), '--step', '1', '--entry', 'J'];
    refused(
      argv,
      'network.layers.3.units=2',
      /^nnspec: There is no layer 3: the file has 2 layers, network\.layers\.1 to network\.layers\.2, so network\.layers\.3\.units names no layer\. \(from --set network\.layers\.3\.units=2\)/,
    );
  });

  test('export: a misspelt key', () => {
    refused(
      ['export', specFile(SMALL), '--to', 'numpy'],
      'training.optimiser=adam',
      /^nnspec: Unknown key 'optimiser' in training\. Did you mean training\.optimizer\? \(from --set training\.optimiser=adam\)/,
    );
  });

  test('diff: a value out of range', () => {
    const file = specFile(SMALL);
    refused(
      ['diff', file, traceOf(file, [])],
      'training.learning_rate=-1',
      /^nnspec: learning_rate must be a number above 0, but is -1\. \(from --set training\.learning_rate=-1\)/,
    );
  });
});

describe('diff --helper takes no --set', () => {
  test('refused as a usage error, in English and Korean; without --set it prints the helper', () => {
    const en = run('diff', '--helper', '--set', 'foo=1');
    assert.equal(en.code, 2);
    assert.equal(en.out, '');
    assert.match(
      en.err,
      /^nnspec: --helper prints the same trace helper for every spec, so --set has nothing to change/,
    );
    const ko = runThenEnglish(['--lang', 'ko', 'diff', '--helper', '--set', 'training.learning_rate=0.1']);
    assert.equal(ko.code, 2);
    assert.match(
      ko.err,
      /^nnspec: --helper는 어떤 spec에나 같은 트레이스 도우미를 출력하므로 --set으로 바꿀 것이 없습니다/,
    );
    const helper = run('diff', '--helper');
    assert.equal(helper.code, 0);
    assert.match(helper.out, /^# nnspec trace helper/);
  });
});
