// The language of the CLI's own messages: --lang ko|en, else the locale (LC_ALL, LC_MESSAGES, LANG),
// else English. The core's diagnostics are rendered in it too (src/core/messages).
import { languageOf, type Language } from '../core/messages/message';

export type { Language };

/** Korean for each English message of the CLI; `{0}`, `{1}` are filled in by `t`. */
const KO: Record<string, string> = {
  'Usage:': '사용법:',
  'Every command takes --set PATH=VALUE (repeatable): one key of the file changed first, as if the\nfile said so, e.g. --set training.learning_rate=0.5 --set network.layers.1.activation=relu.':
    '모든 명령은 --set PATH=VALUE(여러 번 가능)를 받습니다: 파일의 키 하나를 파일에 그렇게 적힌 것처럼\n먼저 바꿉니다. 예: --set training.learning_rate=0.5 --set network.layers.1.activation=relu.',
  '--lang ko|en chooses the language of these messages (default: the locale, LANG or LC_ALL).':
    '--lang ko|en 으로 이 메시지의 언어를 고릅니다(기본값: 로캘, LANG 또는 LC_ALL).',
  'Missing command.': '명령이 없습니다.',
  "Unknown command '{0}'.": "알 수 없는 명령 '{0}'.",
  '--{0} goes with {1}.': '--{0} 옵션은 {1} 명령에 씁니다.',
  "--lang must be ko or en, not '{0}'.": "--lang 은 ko 또는 en 이어야 합니다('{0}'이(가) 아님).",
  'internal error ({0}). Please report it with the spec that caused it.':
    '내부 오류({0}). 문제를 일으킨 스펙과 함께 알려 주세요.',
  'Cannot read {0}: it is {1}, not a file.': '{0}을(를) 읽을 수 없습니다: 파일이 아니라 {1}입니다.',
  'Cannot read {0}: {1}.': '{0}을(를) 읽을 수 없습니다: {1}.',
  'no such file': '그런 파일이 없습니다',
  "Missing FILE for '{0}'.": "'{0}'에 FILE이 없습니다.",
  "Unexpected argument '{0}'.": "예상하지 못한 인수 '{0}'.",
  '{0}: no problems found.': '{0}: 문제가 없습니다.',
  '{0} errors, {1} warnings': '오류 {0}개, 경고 {1}개',
  run: '실행',
  'final J': '최종 J',
  accuracy: '정확도',
  'test J': '테스트 J',
  'test accuracy': '테스트 정확도',
  'diverged at step {0}': '스텝 {0}에서 발산',
  "Missing --entry NAME, e.g. --entry 'dW[1][2,1]' (W, b, W+, b+, Z, A, dA, dZ, dW, db with [layer][row,col], X[row,col], Y[row,col] or J).":
    "--entry NAME이 없습니다. 예: --entry 'dW[1][2,1]' (W, b, W+, b+, Z, A, dA, dZ, dW, db에 [층][행,열], X[행,열], Y[행,열] 또는 J).",
  none: '없음',
  "--step {0} is past the run's end: {1} trains {2} steps (numbered {3}).":
    '--step {0}은(는) 실행의 끝을 넘습니다: {1}은(는) 스텝 {2}개를 학습합니다(번호 {3}).',
  'the run stopped before it': '그 전에 실행이 멈췄습니다',
  '{0}: step {1} was never run: {2}': '{0}: 스텝 {1}은(는) 실행되지 않았습니다: {2}',
  'Missing --step T: the 0-based step whose number to explain.':
    '--step T가 없습니다: 설명할 숫자가 있는 스텝(0부터 셈)을 적으세요.',
};

let current: Language = 'en';

/** --lang when given (checked by the caller), else the first locale variable that is set, as POSIX orders them. */
export function chooseLanguage(lang: string | undefined, env: NodeJS.ProcessEnv): Language {
  if (lang === 'ko' || lang === 'en') return lang;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return languageOf(locale);
}

export function setLanguage(lang: Language): void {
  current = lang;
}

/** The language chosen for this run. */
export const language = (): Language => current;

/** The message in the current language, with `{i}` replaced by `args[i]`. */
export function t(message: string, ...args: (string | number)[]): string {
  const template = current === 'ko' ? (KO[message] ?? message) : message;
  return template.replace(/\{(\d+)\}/g, (m, i: string) =>
    args[Number(i)] === undefined ? m : String(args[Number(i)]),
  );
}

/** The English messages that have a Korean translation (for the completeness test). */
export const translatedMessages = (): string[] => Object.keys(KO);
