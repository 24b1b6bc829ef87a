/**
 * Command-line parsing from a command's flag table: unknown flags, flags without their value,
 * values given to switches, and positional arguments beyond what the command takes are usage
 * errors naming what was wrong (exit 2). `usage()` and `help()` are written from the same table.
 */
import { parseArgs } from 'node:util';
import type { Command, Flag, OptionValues } from './commands/command.ts';

export type ParsedArgs = { ok: true; help: boolean; positionals: string[]; values: OptionValues } | { ok: false; message: string };

const HELP: Flag = { type: 'boolean', description: 'show this help' };

const flagsOf = (c: Command): Record<string, Flag> => ({ ...c.flags, help: HELP });

const flagUsage = (name: string, f: Flag): string => (f.type === 'boolean' ? `--${name}` : `--${name} ${f.value ?? 'VALUE'}`);

const positionalUsage = (c: Command): string =>
  c.positionals.map((p) => (p.optional === true ? `[<${p.name}>${p.variadic === true ? '...' : ''}]` : `<${p.name}>${p.variadic === true ? '...' : ''}`)).join(' ');

/** `optimise <scenario> [--backend highs|jslp] [--json] …` */
export function usage(c: Command): string {
  const flags = Object.entries(c.flags).map(([n, f]) => `[${flagUsage(n, f)}]${f.multiple === true ? '...' : ''}`);
  return [c.name, positionalUsage(c), ...flags].filter((s) => s !== '').join(' ');
}

/** `lingtan <command> --help`: usage, arguments, every flag with its default. */
export function help(c: Command): string {
  const rows = Object.entries(flagsOf(c)).map(([n, f]) => {
    const def = f.defaultText ?? (f.default === undefined || f.default === false ? undefined : String(f.default));
    return [flagUsage(n, f), `${f.description}${f.multiple === true ? ' (repeatable)' : ''}${def !== undefined ? ` (default: ${def})` : ''}`] as const;
  });
  const args = c.positionals.map((p) => [`<${p.name}>`, p.description] as const);
  const pad = Math.max(...[...rows, ...args].map(([k]) => k.length)) + 2;
  const list = (items: ReadonlyArray<readonly [string, string]>) => items.map(([k, v]) => `  ${k.padEnd(pad)}${v}`).join('\n');
  return [
    `lingtan ${usage(c)}`,
    '',
    c.summary,
    ...(args.length > 0 ? ['', 'Arguments:', list(args)] : []),
    '',
    'Flags:',
    list(rows),
    ...(c.notes !== undefined && c.notes.length > 0 ? ['', ...c.notes] : []),
  ].join('\n');
}

/** Parse `argv` (after the command name) against the command's flags and positionals. */
export function parseCommandArgs(c: Command, argv: readonly string[]): ParsedArgs {
  const flags = flagsOf(c);
  const { tokens } = parseArgs({ args: [...argv], options: {}, strict: false, allowPositionals: true, tokens: true });
  const values: OptionValues = {};
  const positionals: string[] = [];
  const known = Object.keys(c.flags).map((n) => `--${n}`).join(', ');
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind === 'positional') {
      positionals.push(tok.value);
      continue;
    }
    if (tok.kind === 'option-terminator') continue;
    const flag = tok.name === 'h' ? HELP : flags[tok.name];
    const name = tok.name === 'h' ? 'help' : tok.name;
    if (flag === undefined) {
      return { ok: false, message: `unknown flag ${tok.rawName}${known === '' ? ` (lingtan ${c.name} takes no flags)` : ` (lingtan ${c.name} takes ${known})`}` };
    }
    let value: string | boolean;
    if (flag.type === 'boolean') {
      if (tok.inlineValue === true) return { ok: false, message: `${tok.rawName} is a switch and takes no value (got "${tok.value ?? ''}")` };
      value = true;
    } else if (tok.inlineValue === true) {
      value = tok.value ?? '';
    } else {
      // Without strict mode the value is the next token when it is a positional.
      const next = tokens[i + 1];
      if (next === undefined || next.kind !== 'positional') return { ok: false, message: `${tok.rawName} needs a value: ${flagUsage(name, flag)}` };
      value = next.value;
      i++;
    }
    if (flag.multiple === true) values[name] = [...((values[name] as (string | boolean)[] | undefined) ?? []), value];
    else if (values[name] !== undefined) return { ok: false, message: `${tok.rawName} given more than once` };
    else values[name] = value;
  }
  if (values['help'] === true) return { ok: true, help: true, positionals, values };
  for (const [name, f] of Object.entries(c.flags)) if (values[name] === undefined && f.default !== undefined) values[name] = f.default;
  const variadic = c.positionals.some((p) => p.variadic === true);
  if (!variadic && positionals.length > c.positionals.length) {
    const extra = positionals.slice(c.positionals.length);
    const takes = c.positionals.length === 0 ? 'takes no arguments' : `takes ${c.positionals.length === 1 ? 'one argument' : `${c.positionals.length} arguments`} (${positionalUsage(c)})`;
    return { ok: false, message: `unexpected argument${extra.length > 1 ? 's' : ''} ${extra.map((a) => `"${a}"`).join(', ')}: lingtan ${c.name} ${takes}` };
  }
  const missing = c.positionals.filter((p, i) => p.optional !== true && positionals[i] === undefined);
  if (missing.length > 0) return { ok: false, message: `missing ${missing.map((p) => `<${p.name}>`).join(' ')}` };
  return { ok: true, help: false, positionals, values };
}
