// The first screens kept for later pages: only drawn markup is kept, in ASCII, per analysis and language.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FirstScreens, firstScreenMarkup } from '../../../src/node/firstScreen';
import { MAX_FIRST_SCREEN } from '../../../src/protocol';

const drawn =
  '<h1 id="title">XOR</h1><section id="shapes"><table><tr><td class="shape-cell">W[1] (4, 2)</td>' +
  '<td title="n[1] = 4 from layers[1].units">n[1] × n[0]</td></tr></table><button>▶ Play</button></section>';

test('drawn markup is kept, with every character beyond ASCII as a reference', () => {
  const markup = firstScreenMarkup(drawn);
  assert.ok(markup);
  assert.match(markup, /^[\0-\x7f]*$/);
  assert.ok(markup.includes('n[1] &#215; n[0]') && markup.includes('&#9654; Play'));
  assert.equal(
    markup.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))),
    drawn,
  );
});

test('markup that could run, load or restyle anything, or end the root, is refused', () => {
  for (const bad of [
    '<p>a</p><script>alert(1)</script>',
    '<p>a</p><SCRIPT src="x.js"></SCRIPT>',
    '<style>p { color: red }</style>',
    '<link rel="stylesheet" href="x.css">',
    '<meta http-equiv="refresh" content="0">',
    '<base href="https://example.com/">',
    '<iframe src="x"></iframe>',
    '<frame src="x">',
    '<object data="x"></object>',
    '<embed src="x">',
    '</main><p>outside</p>',
    '<template><p>x</p></template>',
    '<noscript><p>x</p></noscript>',
    '<!-- a comment -->',
    '',
    'x'.repeat(MAX_FIRST_SCREEN + 1),
  ])
    assert.equal(firstScreenMarkup(bad), undefined, bad.slice(0, 40));
  // A word that only starts like one of those elements is fine.
  assert.ok(firstScreenMarkup('<p class="scripted">mainly</p><span>styles</span>'));
});

test('screens are kept per analysis and language, and a refused one leaves the kept one', () => {
  const screens = new FirstScreens();
  const a = { type: 'analysis' };
  const b = { type: 'analysis' };
  assert.equal(screens.get(a, 'en'), undefined);
  assert.equal(screens.set(a, 'en', '<p>en</p>'), true);
  assert.equal(screens.set(a, 'ko', '<p>ko</p>'), true);
  assert.equal(screens.get(a, 'en'), '<p>en</p>');
  assert.equal(screens.get(a, 'ko'), '<p>ko</p>');
  assert.equal(screens.get(b, 'en'), undefined, 'another analysis, even an equal one, has its own');
  assert.equal(screens.set(a, 'en', '<script>x</script>'), false);
  assert.equal(screens.get(a, 'en'), '<p>en</p>');
  assert.equal(screens.set(a, 'en', '<p>again</p>'), true);
  assert.equal(screens.get(a, 'en'), '<p>again</p>', 'the latest drawing is kept');
});
