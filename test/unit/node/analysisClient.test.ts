// The analysis worker through the host's client, in real worker threads: the editor's view of analyze(),
// newer requests cancelling older ones, the data file read as allowed, and failures replaced by a reason.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { analyze } from '../../../src/core/analyze';
import { localizeDiagnostic } from '../../../src/core/messages/localize';
import { english, msg } from '../../../src/core/messages/message';
import { Codes } from '../../../src/core/spec/codes';
import { MESSAGE_BYTES } from '../../../src/core/messageBudget';
import { diskIO } from '../../../src/node/dataFiles';
import { AnalysisClient, type Access } from '../../../src/node/analysisClient';
import type { EditorAnalysis } from '../../../src/node/analysisProtocol';
import { drawnFirstScreen } from '../../../src/node/analysisThread/firstScreenDrawing';
import { panelAnalysis } from '../../../src/node/panelAnalysis';

const root = join(__dirname, '..', '..', '..');
const examples = join(root, 'examples');
const entry = join(root, 'src', 'node', 'analysisThread', 'analysisWorker.ts');
const text = (file: string) => readFileSync(join(examples, file), 'utf8');
const disk: Access = { kind: 'disk', where: { baseDir: examples } };

/** A worker running the TypeScript entry (a worker's entry does not go through --import hooks on Node 20). */
function tsWorker(resourceLimits: ResourceLimits): Worker {
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)});`, { eval: true, resourceLimits });
}

const clients: AnalysisClient[] = [];
function client(spawn = tsWorker, timeoutMs = 60_000): AnalysisClient {
  const c = new AnalysisClient({ spawn, timeoutMs });
  clients.push(c);
  return c;
}
after(() => clients.forEach((c) => c.dispose()));

const codes = (a?: EditorAnalysis) => a?.diagnostics.map((d) => d.code);

describe('analysis client and worker', () => {
  const shared = client();

  test("gives the editor what analyze() finds: diagnostics, ranges, shapes, runnable, the spec's name", async () => {
    for (const file of ['broken-shapes.nnspec', 'house-prices.nnspec', 'compare-init.nnspec']) {
      const a = await shared.analyze(file, text(file), disk);
      const expected = analyze(text(file), diskIO({ baseDir: examples }));
      assert.ok(a);
      assert.deepEqual(a.diagnostics, expected.diagnostics, file);
      assert.deepEqual(a.ranges, expected.parse.ranges, file);
      assert.deepEqual(a.shapes, expected.shapes, file);
      assert.equal(a.runnable, expected.runnable, file);
      assert.equal(a.name, expected.parse.spec?.name, file);
    }
    assert.equal((await shared.analyze('h', text('house-prices.nnspec'), disk))?.dataFile, 'data/houses.csv');
  });

  test('the data points of 100,000 examples are sampled evenly to fit one message to the panel', async () => {
    const spec = text('planar-flower.nnspec').replace('samples: 400', 'samples: 100000');
    const a = await shared.analyze('flower', spec, disk);
    const n = a?.points?.x.length ?? 0;
    assert.ok(n > 1000 && n < 100_000, `${n} points`);
    assert.ok(JSON.stringify(a?.points).length <= MESSAGE_BYTES, 'the points fit the message budget');
    const small = await shared.analyze('flower', text('planar-flower.nnspec'), disk);
    assert.equal(small?.points?.x.length, 400, 'a small set is sent whole');
  });

  test('a newer request for the same spec cancels the older ones; other specs are answered', async () => {
    const first = shared.analyze('a', text('broken-shapes.nnspec'), disk);
    const second = shared.analyze('a', text('typo-activation.nnspec'), disk);
    const other = shared.analyze('b', text('xor.nnspec'), disk);
    const third = shared.analyze('a', text('xor.nnspec'), disk);
    assert.equal(await first, undefined);
    assert.equal(await second, undefined);
    assert.equal((await other)?.runnable, true);
    assert.equal((await third)?.runnable, true);
    const cancelled = shared.analyze('c', text('xor.nnspec'), disk);
    shared.cancel('c');
    assert.equal(await cancelled, undefined);
  });

  test("with a panel's facts, the first screen a page on the analysis draws follows it, set on it", async () => {
    const facts = { uri: 'file:///w/xor.nnspec', fileName: 'xor.nnspec', version: 4, lang: 'ko' as const };
    const a = await shared.analyze('fs', text('xor.nnspec'), disk, facts);
    const plain = await shared.analyze('fs2', text('xor.nnspec'), disk);
    // The worker takes requests in turn: the first screen came before the next answer.
    await shared.analyze('fs3', text('xor.nnspec'), disk);
    assert.ok(a && plain);
    assert.equal(plain.firstScreen, undefined, 'drawn only when asked');
    const expected = drawnFirstScreen({ ...panelAnalysis(a, facts), points: undefined }, 'ko');
    assert.ok(expected?.includes('<h1 id="title">XOR with one hidden layer (2-4-1)</h1>'), expected);
    assert.deepEqual(a.firstScreen, { facts, markup: expected });
  });

  test('refused access: the data file is reported unreadable with the reason, other specs are untouched', async () => {
    const refused: Access = { kind: 'refused', reason: msg('access.restricted') };
    const csv = await shared.analyze('r', text('house-prices.nnspec'), refused);
    assert.deepEqual(codes(csv), [Codes.dataCsvMissing]);
    const d = csv!.diagnostics[0];
    assert.equal(d.message, `Cannot read data.csv.path 'data/houses.csv': ${english(msg('access.restricted'))}`);
    // The message it was made from crosses the thread, so the editor shows it in its language.
    assert.match(
      localizeDiagnostic(d, 'ko').message,
      /^data\.csv\.path 'data\/houses\.csv'을\(를\) 읽을 수 없습니다: 이 창은 제한 모드/,
    );
    assert.equal(csv?.refused, true);
    assert.equal(csv?.runnable, false);
    assert.ok(csv?.shapes, 'shapes are still checked');
    const inline = await shared.analyze('r2', text('xor.nnspec'), refused);
    assert.equal(inline?.runnable, true);
    assert.equal(inline?.refused, undefined);
  });

  test('host access: the host reads the file the spec names (a virtual workspace), and nothing for other specs', async () => {
    const asked: string[] = [];
    const host: Access = {
      kind: 'host',
      read: (path) => {
        asked.push(path);
        return Promise.resolve({ text: readFileSync(join(examples, path), 'utf8') });
      },
    };
    const csv = await shared.analyze('v', text('house-prices.nnspec'), host);
    assert.deepEqual(asked, ['data/houses.csv']);
    assert.equal(csv?.runnable, true);
    assert.deepEqual(csv?.diagnostics, analyze(text('house-prices.nnspec'), diskIO({ baseDir: examples })).diagnostics);
    assert.equal((await shared.analyze('v2', text('xor.nnspec'), host))?.runnable, true);
    assert.deepEqual(asked, ['data/houses.csv']);
    const failing: Access = { kind: 'host', read: () => Promise.reject(new Error('gone')) };
    assert.deepEqual(codes(await shared.analyze('v3', text('house-prices.nnspec'), failing)), [Codes.dataCsvMissing]);
  });

  test('a worker that dies is reported on line 1 and replaced for the next request', async () => {
    let spawned = 0;
    const c = client((limits) => (++spawned === 1 ? new Worker('process.exit(3)', { eval: true }) : tsWorker(limits)));
    const a = await c.analyze('x', text('xor.nnspec'), disk);
    assert.deepEqual(codes(a), [Codes.internalError]);
    assert.equal(
      a?.diagnostics[0].message,
      'nnspec could not check this spec: the analysis worker stopped (exit code 3).',
    );
    assert.equal(
      localizeDiagnostic(a.diagnostics[0], 'ko').message,
      'nnspec이 이 스펙을 검사하지 못했습니다: 분석 워커가 멈췄습니다(종료 코드 3).',
    );
    assert.deepEqual(a?.diagnostics[0].range, { line: 1, column: 1, endLine: 1, endColumn: 1 });
    assert.equal(a?.runnable, false);
    assert.equal((await c.analyze('x', text('xor.nnspec'), disk))?.runnable, true);
    assert.equal(spawned, 2);
  });

  test('a check that takes too long is given up with the reason, its worker replaced', async () => {
    const c = client(tsWorker, 1);
    const a = await c.analyze('x', text('xor.nnspec'), disk);
    assert.equal(
      a?.diagnostics[0].message,
      'nnspec could not check this spec: it took longer than 1 seconds, so it was stopped.',
    );
    assert.equal(
      localizeDiagnostic(a.diagnostics[0], 'ko').message,
      'nnspec이 이 스펙을 검사하지 못했습니다: 1초보다 오래 걸려서 멈췄습니다.',
    );
    assert.equal(c.alive, false);
  });

  test('dispose answers what is waiting with undefined and ends the worker', async () => {
    const c = client();
    const waiting = [c.analyze('x', text('xor.nnspec'), disk), c.analyze('y', text('xor.nnspec'), disk)];
    c.dispose();
    assert.deepEqual(await Promise.all(waiting), [undefined, undefined]);
    assert.equal(c.alive, false);
    assert.equal(await c.analyze('z', text('xor.nnspec'), disk), undefined);
  });
});
