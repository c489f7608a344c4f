import { test } from 'node:test';
import assert from 'node:assert/strict';
import { panelHtml } from '../../../src/node/panelHtml';

const opts = {
  cspSource: 'https://x.vscode-cdn.net',
  scriptsUri: 'https://x.vscode-cdn.net/ext/dist/webview',
  styleUri: 'https://x.vscode-cdn.net/ext/media/panel.css',
  title: 'XOR <2-4-1> & "more"',
  uri: 'file:///w/xor.nnspec',
};

test('the content security policy allows only the nonce and the webview source', () => {
  const html = panelHtml({ ...opts, nonce: 'abc123' });
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  assert.equal(
    csp,
    "default-src 'none'; img-src https://x.vscode-cdn.net data:; style-src https://x.vscode-cdn.net 'nonce-abc123'; script-src 'nonce-abc123'; font-src https://x.vscode-cdn.net",
  );
  assert.match(
    html,
    /<script type="module" nonce="abc123" src="https:\/\/x\.vscode-cdn\.net\/ext\/dist\/webview\/main\.js"><\/script>/,
  );
  // The chunk the first script imports is fetched beside it, not after it.
  assert.match(
    html,
    /<link rel="modulepreload" href="https:\/\/x\.vscode-cdn\.net\/ext\/dist\/webview\/shared\.js" nonce="abc123">/,
  );
  assert.match(
    html,
    /<link rel="stylesheet" href="https:\/\/x\.vscode-cdn\.net\/ext\/media\/panel\.css" nonce="abc123">/,
  );
  assert.match(html, /<main id="app" data-uri="file:\/\/\/w\/xor\.nnspec"><\/main>/);
});

test('the title is escaped and each load gets a fresh nonce', () => {
  const html = panelHtml(opts);
  assert.ok(html.includes('<title>XOR &#60;2-4-1&#62; &#38; &#34;more&#34;</title>'));
  const nonce = (h: string) => /script-src 'nonce-([^']+)'/.exec(h)?.[1];
  assert.ok(nonce(html));
  assert.notEqual(nonce(html), nonce(panelHtml(opts)));
  assert.ok(html.includes(`<script type="module" nonce="${nonce(html)}"`));
});

test('the initial message is embedded as data that no text in it can break out of', () => {
  const initial = { type: 'analysis', name: '</script><script>alert(1)</script><!--', shapes: { n: [2, 4, 1] } };
  const html = panelHtml({ ...opts, initial });
  const block = /<script type="application\/json" id="nnspec-initial">([^<]*)<\/script>/.exec(html)?.[1];
  assert.ok(block, 'the data block is there and holds no "<"');
  assert.deepEqual(JSON.parse(block), initial);
  assert.equal(html.match(/<script/g)?.length, 2, 'the data block and the panel script, nothing else');
  assert.ok(!panelHtml(opts).includes('nnspec-initial'), 'no block without an initial message');
});
