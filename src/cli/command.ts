// The shape of one `nnspec` subcommand: its usage line, its own options, and what it does.
import type { ParseArgsConfig } from 'node:util';
import type { MessageId } from '../core/messages/en';
import type { Out } from './io';
import { say } from './language';

export type Options = NonNullable<ParseArgsConfig['options']>;
/** The values parseArgs gives for a command's options (and the shared ones: json, help). */
export type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

/** One line of the usage: `nnspec NAME ...` (with the spaces that line up what follows), then what it does. */
export interface UsageLine {
  synopsis: string;
  what?: MessageId;
}

/** The usage line in the CLI's language. */
export const usageLine = (u: UsageLine): string => (u.what ? `${u.synopsis}${say(u.what)}` : u.synopsis);

export interface Command {
  name: string;
  /** `nnspec NAME ...` and what it does, for the usage text. */
  usage: UsageLine[];
  /** Options besides the shared --json and --help. */
  options: Options;
  /** The positional arguments after the command's name; returns the exit code. */
  run(positionals: string[], values: Values, io: Out): number;
}
