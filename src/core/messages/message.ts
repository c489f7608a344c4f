// A message as data (an id of the catalog and its named parameters), and how it reads in a language.
import { EN, type MessageId } from './en';
import { KO } from './ko';
import { fillTemplate } from './template';

export type Language = 'en' | 'ko';

/**
 * A parameter: text or a number shown as written (notation, keys, values), or a message rendered in the same language.
 */
export type Param = string | number | Message;

export interface Message {
  id: MessageId;
  params: Record<string, Param>;
}

const TABLES: Record<Language, Record<MessageId, string>> = { en: EN, ko: KO };

export function msg(id: MessageId, params: Record<string, Param> = {}): Message {
  return { id, params };
}

/** 'ko' for a locale or editor language that starts with ko ('ko', 'ko-KR', 'ko_KR.UTF-8'), else 'en'. */
export function languageOf(locale: string | undefined): Language {
  return /^ko([_.@-]|$)/i.test(locale ?? '') ? 'ko' : 'en';
}

/** The message in `lang`, its parameters that are messages rendered in `lang` too. */
export function render(lang: Language, m: Message): string {
  return fillTemplate(TABLES[lang][m.id], (name) => {
    const p = m.params[name];
    return typeof p === 'object' ? render(lang, p) : p;
  });
}

/** The English text: what `message`, `title` and every test read. */
export const english = (m: Message): string => render('en', m);

/** The named parameters a template uses, sorted (for the completeness test). */
export function templateParams(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((x) => x[1]))].sort();
}
