// The CLI's own messages in Korean with --lang ko or a Korean locale, in English otherwise; every
// message passed to t() in the CLI has its Korean, and no translation is left for a message gone.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { main } from '../../../src/cli';
import { chooseLanguage, translatedMessages } from '../../../src/cli/language';

function run(argv: string[], env: NodeJS.ProcessEnv = {}): { code: number; err: string; out: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: false }, env);
  return { code, err: err.join('\n'), out: out.join('\n') };
}

/** The literal messages given to t( in src/cli.ts and src/cli/. */
function messagesInCli(): Set<string> {
  const src = join(__dirname, '..', '..', '..', 'src');
  // src/node/textFile.ts words the CLI's file errors through the translator it is given (`say`).
  const cli = [join(src, 'cli.ts'), ...readdirSync(join(src, 'cli')).map((f) => join(src, 'cli', f))];
  const files = [...cli, join(src, 'node', 'textFile.ts')];
  const out = new Set<string>();
  for (const f of files.filter((x) => x.endsWith('.ts'))) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/\b(?:t|say)\(\s*(['"])((?:(?!\1)[^\\]|\\.)*)\1/g))
      out.add(m[2].replace(/\\n/g, '\n'));
  }
  return out;
}

describe('CLI language', () => {
  test('--lang ko answers an unknown command in Korean, with the usage in Korean; exit 2', () => {
    const r = run(['--lang', 'ko', 'frobnicate']);
    assert.equal(r.code, 2);
    assert.match(r.err, /알 수 없는 명령 'frobnicate'/);
    assert.match(r.err, /사용법:/);
  });

  test('the same in English without --lang and with no locale', () => {
    const r = run(['frobnicate']);
    assert.equal(r.code, 2);
    assert.match(r.err, /Unknown command 'frobnicate'\./);
    assert.doesNotMatch(r.err, /[가-힣]/);
  });

  test('a Korean locale picks Korean; --lang en and LC_ALL override it', () => {
    assert.match(
      run(['check', 'nope.nnspec'], { LANG: 'ko_KR.UTF-8' }).err,
      /nope\.nnspec을\(를\) 읽을 수 없습니다: 그런 파일이 없습니다/,
    );
    assert.match(
      run(['--lang=en', 'check', 'nope.nnspec'], { LANG: 'ko_KR.UTF-8' }).err,
      /Cannot read nope\.nnspec: no such file/,
    );
    assert.equal(chooseLanguage(undefined, { LC_ALL: 'C', LANG: 'ko_KR.UTF-8' }), 'en');
    assert.equal(chooseLanguage(undefined, { LC_ALL: '', LC_MESSAGES: 'ko', LANG: 'en_US.UTF-8' }), 'ko');
    assert.equal(chooseLanguage(undefined, { LANG: 'kok_IN' }), 'en');
  });

  test('--lang with another value is a usage error naming it', () => {
    const r = run(['--lang', 'fr', 'check', 'x.nnspec']);
    assert.equal(r.code, 2);
    assert.match(r.err, /--lang must be ko or en, not 'fr'/);
  });

  test('--help in Korean lists every command and the --lang option', () => {
    const r = run(['--help', '--lang', 'ko']);
    assert.equal(r.code, 0);
    assert.match(r.out, /nnspec explain FILE/);
    assert.match(r.out, /--lang ko\|en 으로/);
  });

  test('every message of the CLI has its Korean, and every Korean has its message', () => {
    const used = messagesInCli();
    const translated = new Set(translatedMessages());
    assert.ok(used.size >= 12, `only ${used.size} messages found`);
    assert.deepEqual(
      [...used].filter((m) => !translated.has(m)),
      [],
    );
    assert.deepEqual(
      [...translated].filter((m) => !used.has(m)),
      [],
    );
  });
});
