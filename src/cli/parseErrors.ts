// What parseArgs says of an option it cannot take, in the CLI's language (its own words are English only).
import type { MessageId } from '../core/messages/en';
import { say } from './language';

/** parseArgs' error code, what its message says, and the catalog's message for that case. */
const CASES: [code: string, says: RegExp, id: MessageId][] = [
  ['ERR_PARSE_ARGS_UNKNOWN_OPTION', /^Unknown option/, 'cli.unknownOption'],
  ['ERR_PARSE_ARGS_INVALID_OPTION_VALUE', /argument missing/, 'cli.optionMissing'],
  ['ERR_PARSE_ARGS_INVALID_OPTION_VALUE', /does not take an argument/, 'cli.optionTakesNone'],
  ['ERR_PARSE_ARGS_INVALID_OPTION_VALUE', /is ambiguous/, 'cli.optionAmbiguous'],
];

/** parseArgs' error as the CLI says it; its own message for a case not listed. */
export function parseArgsMessage(e: Error & { code?: string }): string {
  const option = /'(-[^' ]*)/.exec(e.message)?.[1];
  const known = CASES.find(([code, says]) => e.code === code && says.test(e.message));
  return known && option !== undefined ? say(known[2], { option }) : e.message;
}
