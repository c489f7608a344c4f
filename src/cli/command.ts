// The shape of one `nnspec` subcommand: its usage line, its own options, and what it does.
import type { ParseArgsConfig } from 'node:util';
import type { Out } from './io';

export type Options = NonNullable<ParseArgsConfig['options']>;
/** The values parseArgs gives for a command's options (and the shared ones: json, help). */
export type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface Command {
  name: string;
  /** `nnspec NAME ...` and what it does, one line each, for the usage text. */
  usage: string[];
  /** Options besides the shared --json and --help. */
  options: Options;
  /** The positional arguments after the command's name; returns the exit code. */
  run(positionals: string[], values: Values, io: Out): number;
}
