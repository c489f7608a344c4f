// PendingReplies: each reply reaches the request it answers, late or unknown replies are dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PendingReplies } from '../../../src/requests';

test('replies are matched by id, whatever their order', async () => {
  const pending = new PendingReplies<string>();
  const sent: number[] = [];
  const a = pending.request((id) => sent.push(id));
  const b = pending.request((id) => sent.push(id));
  assert.equal(new Set(sent).size, 2, 'each request gets its own id');
  assert.equal(pending.size, 2);
  assert.ok(pending.settle(sent[1], 'second'));
  assert.ok(pending.settle(sent[0], 'first'));
  assert.deepEqual(await Promise.all([a, b]), ['first', 'second']);
  assert.equal(pending.size, 0);
  assert.equal(pending.settle(sent[0], 'again'), false, 'a reply is delivered once');
});

test('cancelAll resolves what waits with undefined and later replies are ignored', async () => {
  const pending = new PendingReplies<number>();
  let id = 0;
  const r = pending.request((requestId) => (id = requestId));
  assert.ok(pending.has(id));
  pending.cancelAll();
  assert.equal(await r, undefined);
  assert.equal(pending.settle(id, 42), false);
  assert.equal(pending.has(id), false);
});
