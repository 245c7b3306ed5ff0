// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readVisibleText, type VisibleText } from './visible-text';

function read(html: string): VisibleText {
  document.head.innerHTML = '<style>.gone { display: none } .ghost { visibility: hidden } .seen { visibility: visible }</style>';
  document.body.innerHTML = html;
  return readVisibleText(document);
}

// Every character of the text either comes from the DOM character its pieces point to, or is a
// collapsed space standing for DOM whitespace, or is an inserted line break with no DOM behind it.
function expectExactMapping(v: VisibleText) {
  for (let i = 0; i < v.text.length; i++) {
    const pieces = v.pieces(i, i + 1);
    if (v.text[i] === '\n' && pieces.length === 0) continue;
    expect(pieces).toHaveLength(1);
    const { node, start, end } = pieces[0];
    expect(end - start).toBe(1);
    const source = node.data[start];
    if (v.text[i] === ' ') expect(source).toMatch(/[ \t\n\r\f]/);
    else expect(source).toBe(v.text[i]);
    expect(v.offsetOf(node, start)).toBe(i);
  }
}

describe('readVisibleText', () => {
  it('puts one newline between blocks so sentences of different paragraphs do not run together', () => {
    const v = read('<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><h1>Title</h1><p>First one.</p><p>Second one.</p><div><div>Nested</div></div>');
    expect(v.text).toBe('Home World\nTitle\nFirst one.\nSecond one.\nNested');
    expectExactMapping(v);
  });

  it('collapses whitespace runs as the browser shows them, mapping each space to the DOM', () => {
    const v = read('<p>\n   Coalition   airstrikes\n\tdestroyed  <b> about 175 </b>  vehicles.  </p>');
    expect(v.text).toBe('Coalition airstrikes destroyed about 175 vehicles.');
    expectExactMapping(v);
  });

  it('collapses single spaces at the edges of inline elements as it does longer runs', () => {
    const spaced = read('<p> Coalition <i> airstrikes </i> <b>destroyed</b>  about <span> 175 </span>vehicles. </p><p> Next</p>');
    expect(spaced.text).toBe('Coalition airstrikes destroyed about 175 vehicles.\nNext');
    expectExactMapping(spaced);
    for (const html of ['<p>one <b> two</b></p>', '<p>one<b> two </b> three</p>', '<p> </p><p>a</p>', '<p>a <i> </i> b</p>']) {
      const single = read(html);
      const doubled = read(html.replace(/ /g, '  '));
      expect(single.text, html).toBe(doubled.text);
      expectExactMapping(single);
    }
  });

  it('keeps whitespace inside pre as written', () => {
    const v = read('<p>Before</p><pre>a  b\n c</pre>');
    expect(v.text).toBe('Before\na  b\n c');
    expectExactMapping(v);
  });

  it('ends a line at <br>', () => {
    const v = read('<p>one<br>two <br> three</p>');
    expect(v.text).toBe('one\ntwo\nthree');
    expectExactMapping(v);
  });

  it('skips scripts, styles, templates, form fields and editable regions', () => {
    const v = read(
      '<p>kept</p><script>var x = 1;</script><style>p{}</style><noscript>no js</noscript><template>t</template>' +
        '<textarea>typed</textarea><input value="field"><select><option>opt</option></select>' +
        '<div contenteditable="true">draft <b>text</b></div><div contenteditable="false">also kept</div>',
    );
    expect(v.text).toBe('kept\nalso kept');
  });

  it('skips hidden nodes: hidden attribute, display:none from a stylesheet or inline, visibility:hidden', () => {
    const v = read(
      '<p>a</p><p hidden>b</p><p class="gone">c <span>d</span></p><p style="display:none">e</p>' +
        '<p class="ghost">f <span class="seen">g</span></p>',
    );
    expect(v.text).toBe('a\ng');
    expectExactMapping(v);
  });

  it('maps a figure split across inline elements to one piece per text node', () => {
    const v = read('<p>destroying <a href="#">about <b>175</b></a> vehicles</p>');
    const start = v.text.indexOf('about 175');
    const pieces = v.pieces(start, start + 'about 175'.length);
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end))).toEqual(['about ', '175']);
  });

  it('reads a subtree when given an element', () => {
    read('<p>outside</p><article><p>inside <i>here</i></p></article>');
    expect(readVisibleText(document.querySelector('article')!).text).toBe('inside here');
  });

  it('reports -1 for characters it does not read', () => {
    const v = read('<p>a   b</p><p hidden>c</p>');
    const text = document.querySelector('p')!.firstChild as Text;
    expect(v.offsetOf(text, 2)).toBe(-1);
    expect(v.offsetOf(document.querySelector('p[hidden]')!.firstChild as Text, 0)).toBe(-1);
  });
});
