// The CLI's own messages in Korean with --lang ko or a Korean locale, in English otherwise; none of
// them is written in place (they are catalog ids, complete in both languages: test/unit/l10n/messages.test.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { main } from '../../../src/cli';
import { chooseLanguage } from '../../../src/cli/language';

function run(argv: string[], env: NodeJS.ProcessEnv = {}): { code: number; err: string; out: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: false }, env);
  return { code, err: err.join('\n'), out: out.join('\n') };
}

/**
 * The string literals of src/cli.ts, src/cli/ and src/node/textFile.ts (whose file errors the CLI prints)
 * that hold two words or more: text a student would read in English whatever the language.
 */
function englishInCli(): string[] {
  const src = join(__dirname, '..', '..', '..', 'src');
  const cli = [join(src, 'cli.ts'), ...readdirSync(join(src, 'cli')).map((f) => join(src, 'cli', f))];
  const out: string[] = [];
  for (const f of [...cli, join(src, 'node', 'textFile.ts')].filter((x) => x.endsWith('.ts'))) {
    const code = readFileSync(f, 'utf8')
      .replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$|\s\/\/ .*$/gm, '')
      .replace(/^import .*$/gm, '');
    for (const m of code.matchAll(/(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g)) {
      const words = m[2].replace(/\$\{[^}]*\}/g, '');
      // A usage line's synopsis is the command as typed: notation, not words.
      if (/[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(words) && !words.startsWith('nnspec ')) out.push(`${f}: ${m[0]}`);
    }
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

  test('the CLI writes no English in place: its messages are ids of the catalog (cliEn.ts, cliKo.ts)', () => {
    assert.deepEqual(englishInCli(), []);
  });
});
