// The YAML parser's errors and warnings in nnspec's words, each at the range of what is wrong.
import { msg } from '../messages/message';
import { Codes } from './codes';
import { diagnostic } from './ranges';
import { shown } from './shown';
import type { Diagnostic, Range } from './types';

type RangeAt = (start: number, end: number) => Range;

/** The end of [start, end) without trailing YAML whitespace, so a block's range stops at its last character. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start && /[ \t\r\n]/.test(text[e - 1])) e--;
  return e;
}

function duplicateKey(text: string, pos: number, severity: Diagnostic['severity'], rangeAt: RangeAt): Diagnostic {
  // The parser points at the key's first character; the whole key reads better.
  const key = /^("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^:\n#]*?)[ \t]*:(?:[ \t\r\n]|$)/.exec(text.slice(pos, pos + 500))?.[1];
  const written = key ?? '';
  const empty = /^(?:""|''|)$/.test(written.trim());
  return diagnostic(
    rangeAt(pos, pos + Math.max(1, written.length)),
    severity,
    Codes.duplicateKey,
    empty ? msg('yaml.duplicateEmptyKey') : msg('yaml.duplicateKey', { key: shown(written) }),
  );
}

export function yamlProblem(
  text: string,
  yamlCode: string,
  yamlMessage: string,
  pos: [number, number],
  severity: 'error' | 'warning',
  rangeAt: RangeAt,
): Diagnostic {
  if (yamlCode === 'DUPLICATE_KEY') return duplicateKey(text, pos[0], severity, rangeAt);
  const range = rangeAt(pos[0], Math.max(pos[1], pos[0] + 1));
  if (yamlCode === 'TAB_AS_INDENT') {
    return diagnostic(range, severity, Codes.tabIndent, msg('yaml.tab'));
  }
  if (yamlCode === 'MULTIPLE_DOCS') {
    return diagnostic(
      rangeAt(pos[0], trimEnd(text, pos[0], text.length)),
      severity,
      Codes.multipleDocuments,
      msg('yaml.multipleDocuments'),
    );
  }
  const message = shown(yamlMessage.replace(/ at line \d+, column \d+[\s\S]*$/, ''), 300);
  const code = severity === 'error' ? Codes.yamlSyntax : Codes.yamlWarning;
  return diagnostic(range, severity, code, msg('yaml.problem', { message }));
}
