// The language of the CLI's own messages: --lang ko|en, else the locale (LC_ALL, LC_MESSAGES, LANG),
// else English. Its messages (src/core/messages/cliEn.ts) and the core's diagnostics are rendered in it.
import type { MessageId } from '../core/messages/en';
import { languageOf, msg, render, type Language, type Param } from '../core/messages/message';

export type { Language };

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

/** The catalog's message `id` in the current language, its `{name}`s filled from `params`. */
export function say(id: MessageId, params: Record<string, Param> = {}): string {
  return render(current, msg(id, params));
}
