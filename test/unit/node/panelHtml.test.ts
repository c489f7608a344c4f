import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { panelAssets } from '../../../src/node/panelAssets';
import { panelHtml } from '../../../src/node/panelHtml';

const opts = {
  cspSource: 'https://x.vscode-cdn.net',
  script: 'window.first = 1;',
  style: 'body { color: red; }',
  laterScriptUri: 'https://x.vscode-cdn.net/ext/dist/webview/later.js',
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
  // The first script and the stylesheet are in the page: VS Code shows it at its load event, which waits for files.
  assert.match(html, /<script nonce="abc123">window\.first = 1;<\/script>/);
  assert.match(html, /<style nonce="abc123">body \{ color: red; \}<\/style>/);
  assert.doesNotMatch(html, /<link|src=/);
  assert.match(
    html,
    /<main id="app" data-uri="file:\/\/\/w\/xor\.nnspec" data-later="https:\/\/x\.vscode-cdn\.net\/ext\/dist\/webview\/later\.js"><\/main>/,
  );
});

test('the title is escaped and each load gets a fresh nonce', () => {
  const html = panelHtml(opts);
  assert.ok(html.includes('<title>XOR &#60;2-4-1&#62; &#38; &#34;more&#34;</title>'));
  const nonce = (h: string) => /script-src 'nonce-([^']+)'/.exec(h)?.[1];
  assert.ok(nonce(html));
  assert.notEqual(nonce(html), nonce(panelHtml(opts)));
  assert.ok(html.includes(`<script nonce="${nonce(html)}">`));
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

test('the files written into the page are read once, and one that would end its element is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nnspec-assets-'));
  try {
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const paths = { script: file('first.js', 'let a = 1;'), style: file('panel.css', 'p {}') };
    assert.deepEqual(panelAssets(paths), { script: 'let a = 1;', style: 'p {}' });
    writeFileSync(paths.script, 'changed');
    assert.equal(panelAssets(paths).script, 'let a = 1;', 'read once');
    for (const [script, style] of [
      ['s = "</SCRIPT>"', 'p {}'],
      ['s = "<!--"', 'p {}'],
      ['let b;', 'p::after { content: "</style>" }'],
    ]) {
      const bad = { script: file(`${script.length}.js`, script), style: file(`${style.length}.css`, style) };
      assert.throws(() => panelAssets(bad), /would end its element/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
