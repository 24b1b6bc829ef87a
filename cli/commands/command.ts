/**
 * The shape every CLI command has: its positional arguments and one declarative flag table, which
 * both the parser (`cli/args.ts`) and `lingtan <command> --help` read.
 */

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface Flag {
  readonly type: 'string' | 'boolean';
  /** What the value is, in the usage line (`--draws N`); string flags only. */
  readonly value?: string;
  /** A default the parser applies. */
  readonly default?: string | boolean;
  /** The default as the help shows it when it is not a fixed value ("the scenario's solver.backend"). */
  readonly defaultText?: string;
  /** May be given more than once (values collected in order). */
  readonly multiple?: boolean;
  readonly description: string;
}

export interface Positional {
  readonly name: string;
  readonly description: string;
  /** Absent = required. */
  readonly optional?: boolean;
  /** Takes every remaining argument (`<scenario|run-id>...`). */
  readonly variadic?: boolean;
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly positionals: readonly Positional[];
  readonly flags: Readonly<Record<string, Flag>>;
  /** Extra usage text after the flags: rules that tie flags together, examples. */
  readonly notes?: readonly string[];
  run(positionals: readonly string[], options: OptionValues): Promise<number>;
}
