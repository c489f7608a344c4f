// docs/architecture.md lists every message: each member of the protocol's unions is named there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The type names a union `export type NAME = A | B | ...;` is built from. */
function members(source: string, union: string): string[] {
  const m = new RegExp(`export type ${union} =([^;]*);`).exec(source);
  assert.ok(m, `${union} is declared`);
  return m[1].split('|').map((s) => s.trim());
}

const doc = read('docs/architecture.md');
const unions: [string, string[]][] = [
  ['src/protocol.ts', ['HostMessage', 'WebviewMessage']],
  [
    'src/node/workerProtocol.ts',
    ['WorkerRequest', 'WorkerReply', 'WorkerReport', 'WorkerDiffReply', 'WorkerExportReply', 'WorkerExplainReply'],
  ],
];

for (const [file, names] of unions) {
  const source = read(file);
  for (const union of names) {
    test(`architecture.md names every member of ${union} (${file})`, () => {
      const listed = members(source, union);
      assert.ok(listed.length >= 2, `${union} has members`);
      const missing = listed.filter((name) => !doc.includes(`\`${name}\``));
      assert.deepEqual(missing, [], `not in docs/architecture.md: ${missing.join(', ')}`);
    });
  }
}
