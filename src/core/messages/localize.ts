// A diagnostic, its fixes and related places in the reader's language, from the messages it was built from.
import type { DimensionSource, ShapeTable } from '../shapes/types';
import type { Diagnostic, DiagnosticL10n, Fix, Related } from '../spec/types';
import { messageOf } from './attached';
import { english, msg, render, type Language, type Message } from './message';

/** What diagnostic() keeps of the messages: its own, and each fix title's and related message's by English text. */
export function diagnosticL10n(
  message: string | Message,
  fixes?: Fix[],
  related?: Related[],
): DiagnosticL10n | undefined {
  const texts: Record<string, Message> = {};
  for (const o of [...(fixes ?? []), ...(related ?? [])]) {
    const m = messageOf(o);
    if (m) texts['title' in o ? o.title : o.message] = m;
  }
  const own = typeof message === 'string' ? undefined : message;
  if (!own && Object.keys(texts).length === 0) return undefined;
  return own ? { message: own, texts } : { texts };
}

/** The diagnostic's message with a note after it ('(from --set …)'), in every language it knows. */
export function withNote(d: Diagnostic, note: Message): Diagnostic {
  const base: Message = d.l10n?.message ?? msg('text.verbatim', { text: d.message });
  const message = msg('override.noted', { message: base, note });
  return { ...d, message: english(message), l10n: { ...d.l10n, message } };
}

/** The diagnostic with a note after each related message `noteOf` gives one for, in every language it knows. */
export function withRelatedNotes(d: Diagnostic, noteOf: (r: Related) => Message | undefined): Diagnostic {
  const texts = { ...d.l10n?.texts };
  const related = (d.related ?? []).map((r) => {
    const note = noteOf(r);
    if (!note) return r;
    const base = texts[r.message] ?? msg('text.verbatim', { text: r.message });
    const message = msg('override.noted', { message: base, note });
    texts[english(message)] = message;
    return { ...r, message: english(message) };
  });
  return { ...d, related, l10n: { ...d.l10n, texts } };
}

/** The diagnostic as a reader of `lang` sees it; unchanged in English or when it was built from plain text. */
export function localizeDiagnostic(d: Diagnostic, lang: Language): Diagnostic {
  if (lang === 'en' || !d.l10n) return d;
  const texts = d.l10n.texts ?? {};
  const out: Diagnostic = { ...d, message: d.l10n.message ? render(lang, d.l10n.message) : d.message };
  if (d.fixes) out.fixes = d.fixes.map((f) => (texts[f.title] ? { ...f, title: render(lang, texts[f.title]) } : f));
  if (d.related)
    out.related = d.related.map((r) => (texts[r.message] ? { ...r, message: render(lang, texts[r.message]) } : r));
  if (d.dimensions) out.dimensions = d.dimensions.map((s) => localizeSource(s, lang));
  return out;
}

/** A layer's mismatch as its diagnostic says it in `lang` (the diagnostic carries the message it was built from). */
export function mismatchText(message: string, lang: Language, diagnostics: Diagnostic[]): string {
  const d = diagnostics.find((x) => x.message === message);
  return d ? localizeDiagnostic(d, lang).message : message;
}

/** Where a dimension comes from, in `lang` (from the messages its sentence and phrase were rendered from). */
export function localizeSource(s: DimensionSource, lang: Language): DimensionSource {
  if (lang === 'en' || !s.l10n) return s;
  return { ...s, text: render(lang, s.l10n.text), phrase: render(lang, s.l10n.phrase) };
}

/** The shape table with each layer's mismatch and where each dimension comes from in `lang`. */
export function localizeShapes(table: ShapeTable, diagnostics: Diagnostic[], lang: Language): ShapeTable {
  if (lang === 'en') return table;
  const layers = table.layers.map((l) =>
    l.mismatch
      ? { ...l, mismatch: { ...l.mismatch, message: mismatchText(l.mismatch.message, lang, diagnostics) } }
      : l,
  );
  const out = { ...table, layers };
  if (table.sources) out.sources = table.sources.map((s) => localizeSource(s, lang));
  return out;
}
