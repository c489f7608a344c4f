// CSV files on disk stay inside the spec's data root: symlinks resolved, only regular files, at
// most MAX_CSV_BYTES, and no message ever quotes a file's contents. Sync and async readers.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { analyze } from '../../../src/core/analyze';
import type { DataRoot, FileRead } from '../../../src/core/data/files';
import { localizeDiagnostic } from '../../../src/core/messages/localize';
import { msg, type Message } from '../../../src/core/messages/message';
import { Codes } from '../../../src/core/spec/codes';
import { MAX_CSV_BYTES } from '../../../src/core/spec/limits';
import {
  dataFileOf,
  diskIO,
  givenIO,
  prefetchedIO,
  readDataFile,
  readDataFileSync,
  refusedIO,
} from '../../../src/node/dataFiles';

const top = mkdtempSync(join(tmpdir(), 'nnspec-files-'));
after(() => rmSync(top, { recursive: true, force: true }));

// top/secret.csv (outside), top/ws/ (the workspace), top/ws/specs/ (the spec's folder)
const ws = join(top, 'ws');
const specs = join(ws, 'specs');
mkdirSync(specs, { recursive: true });
writeFileSync(join(top, 'secret.csv'), 'root:SECRET-HASH:0:0\n');
writeFileSync(join(ws, 'shared.csv'), 'x,y\n1,0\n2,1\n');
writeFileSync(join(specs, 'ok.csv'), 'x,y\n1,0\n2,1\n');
symlinkSync(join(top, 'secret.csv'), join(specs, 'escape.csv'));
symlinkSync(join(specs, 'ok.csv'), join(specs, 'alias.csv'));
mkdirSync(join(specs, 'folder.csv'));
writeFileSync(join(specs, 'huge.csv'), '');
truncateSync(join(specs, 'huge.csv'), MAX_CSV_BYTES + 1); // sparse: no disk space used
execFileSync('mkfifo', [join(specs, 'pipe.csv')]);

const SPEC_FOLDER: DataRoot = { baseDir: specs };
const WORKSPACE: DataRoot = { baseDir: specs, root: ws };

function problem(r: FileRead): { code: string; problem: string; l10n?: Message } {
  assert.ok('problem' in r, `read: ${JSON.stringify(r).slice(0, 100)}`);
  assert.ok(!r.problem.includes('SECRET'), 'a message never quotes a file');
  return r;
}

describe('readDataFileSync', () => {
  test('reads a file in the spec folder, and through a symlink that stays inside', () => {
    assert.deepEqual(readDataFileSync(SPEC_FOLDER, 'ok.csv'), { text: 'x,y\n1,0\n2,1\n' });
    assert.deepEqual(readDataFileSync(SPEC_FOLDER, 'alias.csv'), { text: 'x,y\n1,0\n2,1\n' });
  });

  test('absolute paths, ../ and symlinks that lead outside are refused, naming the root', () => {
    for (const path of [join(top, 'secret.csv'), '../../secret.csv', 'escape.csv', '/etc/passwd', '/dev/zero']) {
      const r = problem(readDataFileSync(SPEC_FOLDER, path));
      assert.equal(r.code, Codes.dataCsvOutside, path);
      assert.ok(r.problem.includes(`leads outside the spec's folder (${specs})`), r.problem);
    }
  });

  test('the workspace folder as root lets ../ reach a file inside it, and nothing beyond', () => {
    assert.deepEqual(readDataFileSync(WORKSPACE, '../shared.csv'), { text: 'x,y\n1,0\n2,1\n' });
    const r = problem(readDataFileSync(WORKSPACE, '../../secret.csv'));
    assert.equal(r.code, Codes.dataCsvOutside);
    assert.ok(r.problem.includes('leads outside the workspace folder'), r.problem);
  });

  test('a folder, a FIFO and a device are not files (the FIFO is never waited on)', () => {
    assert.equal(problem(readDataFileSync(SPEC_FOLDER, 'folder.csv')).code, Codes.dataCsvNotFile);
    const fifo = problem(readDataFileSync(SPEC_FOLDER, 'pipe.csv'));
    assert.equal(fifo.problem, "data.csv.path 'pipe.csv' is a named pipe (FIFO), not a file: point it at a .csv file.");
    const device = problem(readDataFileSync({ baseDir: '/dev' }, 'zero'));
    assert.equal(device.code, Codes.dataCsvNotFile);
    assert.match(device.problem, /is a device, not a file/);
  });

  test('a file over the size cap is refused before it is read', () => {
    const r = problem(readDataFileSync(SPEC_FOLDER, 'huge.csv'));
    assert.equal(r.code, Codes.dataCsvTooLarge);
    assert.equal(
      r.problem,
      "data.csv.path 'huge.csv' is 10,485,761 bytes: nnspec reads CSV files of up to 10 MB (10,485,760 bytes, about 100,000 examples). Use a sample of the rows.",
    );
  });

  test('a missing file names the folder looked in', () => {
    const r = problem(readDataFileSync(SPEC_FOLDER, 'sub/none.csv'));
    assert.equal(r.code, Codes.dataCsvMissing);
    assert.equal(
      r.problem,
      `Cannot read data.csv.path 'sub/none.csv': no such file next to the spec (looked in ${join(specs, 'sub')}).`,
    );
  });
});

describe('analyze over the disk', () => {
  test('each refusal is an error at data.csv.path', () => {
    for (const [path, code] of [
      ['escape.csv', Codes.dataCsvOutside],
      ['pipe.csv', Codes.dataCsvNotFile],
      ['huge.csv', Codes.dataCsvTooLarge],
    ] as const) {
      const text = csvSpec(path);
      const d = analyze(text, diskIO(SPEC_FOLDER)).diagnostics;
      assert.deepEqual(
        d.map((x) => x.code),
        [code],
      );
      const line = text.split('\n').findIndex((l) => l.includes(path)) + 1;
      const column = text.split('\n')[line - 1].indexOf(path) + 1;
      assert.deepEqual(d[0].range, { line, column, endLine: line, endColumn: column + path.length });
    }
  });
});

function csvSpec(path: string): string {
  return `data:
  csv:
    path: ${path}
    features: [x]
    target: y
network:
  layers: [{units: 1, activation: sigmoid}]
loss: binary_cross_entropy
training: {iterations: 5, learning_rate: 0.1}
`;
}

describe('readDataFile (async) and prefetchedIO', () => {
  test('gives what the synchronous reader gives', async () => {
    for (const path of ['ok.csv', 'escape.csv', '../../secret.csv', 'folder.csv', 'pipe.csv', 'huge.csv', 'none.csv'])
      assert.deepEqual(await readDataFile(SPEC_FOLDER, path), readDataFileSync(SPEC_FOLDER, path), path);
  });

  test('stops when aborted: the text changed', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(readDataFile(SPEC_FOLDER, 'ok.csv', controller.signal));
  });

  test('analyze over prefetchedIO reads the spec CSV ahead of time and is runnable', async () => {
    const text = csvSpec('ok.csv');
    const a = analyze(text, await prefetchedIO(text, SPEC_FOLDER));
    assert.ok(a.runnable, JSON.stringify(a.diagnostics));
    const outside = text.replace('ok.csv', 'escape.csv');
    const d = analyze(outside, await prefetchedIO(outside, SPEC_FOLDER)).diagnostics;
    assert.deepEqual(
      d.map((x) => x.code),
      [Codes.dataCsvOutside],
    );
    assert.deepEqual(analyze(outside, diskIO(SPEC_FOLDER)).diagnostics, d);
  });
});

describe('givenIO, refusedIO and dataFileOf: for reads the host made, or may not make', () => {
  test("dataFileOf names the spec's data.csv.path, and nothing for other data", () => {
    assert.equal(dataFileOf(csvSpec('sub/ok.csv')), 'sub/ok.csv');
    assert.equal(dataFileOf('data: {generate: {kind: xor, samples: 4}}\n'), undefined);
    assert.equal(dataFileOf('not: [yaml'), undefined);
  });

  test('givenIO gives the one file read and reports any other unreadable', () => {
    const io = givenIO('ok.csv', { text: 'x,y\n1,0\n' });
    assert.deepEqual(io.readCsv('ok.csv'), { text: 'x,y\n1,0\n' });
    assert.equal(problem(io.readCsv('other.csv')).code, Codes.dataCsvMissing);
    assert.equal(problem(givenIO().readCsv('ok.csv')).code, Codes.dataCsvMissing);
  });

  test('refusedIO reads nothing and says why, at data.csv.path', () => {
    const restricted = msg('access.restricted');
    const r = problem(refusedIO(restricted).readCsv('ok.csv'));
    assert.equal(r.code, Codes.dataCsvMissing);
    assert.equal(
      r.problem,
      "Cannot read data.csv.path 'ok.csv': this window is in Restricted Mode, and nnspec reads data files only in " +
        'a trusted workspace. Trust it (Manage Workspace Trust, in the quick fix) to read the file and train.',
    );
    const a = analyze(csvSpec('ok.csv'), refusedIO(restricted));
    assert.equal(a.runnable, false);
    assert.equal(a.diagnostics[0].range.line, 3);
    assert.equal(a.diagnostics[0].message, r.problem);
    assert.equal(
      localizeDiagnostic(a.diagnostics[0], 'ko').message,
      "data.csv.path 'ok.csv'을(를) 읽을 수 없습니다: 이 창은 제한 모드이고, nnspec은 신뢰할 수 있는 작업 영역에서만 " +
        '데이터 파일을 읽습니다. 파일을 읽고 학습하려면 작업 영역을 신뢰하세요(빠른 수정의 "작업 영역 신뢰 관리").',
    );
  });
});
