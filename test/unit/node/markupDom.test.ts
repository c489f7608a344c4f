// The worker's markup document (src/node/markupDom.ts) writes what a browser's innerHTML writes for the
// same calls; test/webview/firstScreenMarkup.test.ts compares whole first screens in Chromium.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MarkupDocument, TooManyElements } from '../../../src/node/markupDom';

const doc = new MarkupDocument();
const SVG = 'http://www.w3.org/2000/svg';

describe('markup document', () => {
  test('attributes in the order first set, escaped as a browser escapes them; text escaped', () => {
    const p = doc.createElement('P');
    p.className = 'a';
    p.id = 'x';
    p.setAttribute('Title', 'say "1 < 2" & go\u00a0on');
    p.className = 'b';
    p.append('1 < 2 & 3 > 0\u00a0', doc.createElement('code'));
    assert.equal(
      p.outerHTML,
      '<p class="b" id="x" title="say &quot;1 &lt; 2&quot; &amp; go&nbsp;on">1 &lt; 2 &amp; 3 &gt; 0&nbsp;<code></code></p>',
    );
  });

  test('void elements have no end tag; SVG elements keep the case of their names and always end', () => {
    const input = doc.createElement('input');
    input.setAttribute('type', 'range');
    const svg = doc.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 1 1');
    svg.append(doc.createElementNS(SVG, 'circle'));
    const div = doc.createElement('div');
    div.append(input, svg);
    assert.equal(div.innerHTML, '<input type="range"><svg viewBox="0 0 1 1"><circle></circle></svg>');
  });

  test('hidden and disabled are attributes; an input value set is not, its default value is', () => {
    const b = doc.createElement('input');
    b.disabled = true;
    b.hidden = true;
    b.hidden = false;
    b.defaultValue = '3';
    b.value = '5';
    assert.equal(b.value, '5');
    assert.equal(b.outerHTML, '<input disabled="" value="3">');
  });

  test('dataset names its attributes in kebab case; classList adds each class once', () => {
    const s = doc.createElement('span');
    s.dataset.seriesName = 'loss';
    s.classList.add('a');
    s.classList.add('a', 'b');
    assert.equal(s.dataset.seriesName, 'loss');
    assert.equal(s.outerHTML, '<span data-series-name="loss" class="a b"></span>');
  });

  test('a node appended elsewhere moves; replaceChildren and textContent replace; style is left out', () => {
    const a = doc.createElement('div');
    const b = doc.createElement('div');
    const note = doc.createElement('em');
    note.style.color = 'red';
    a.append(note);
    b.replaceChildren('x', note);
    assert.equal(a.innerHTML, '');
    assert.equal(b.innerHTML, 'x<em></em>');
    b.textContent = 'y';
    assert.equal(b.outerHTML, '<div>y</div>');
    assert.equal(note.parent, undefined);
    b.textContent = '';
    assert.equal(b.innerHTML, '');
  });

  test('a document asked for more elements than it may make throws', () => {
    const small = new MarkupDocument(2);
    small.createElement('div');
    small.createElementNS(SVG, 'svg');
    assert.throws(() => small.createElement('p'), TooManyElements);
  });
});
