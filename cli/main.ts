/**
 * `lingtan` command line: a thin layer over the engine. Each command lives in ./commands and
 * returns an exit code; nothing here throws to the user.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { err, EXIT, out } from './io.ts';
import { COMMANDS } from './commands/index.ts';

const USAGE = `lingtan — zero-carbon factory (零碳工厂) pathway engine

Usage:
${Object.values(COMMANDS)
  .map((c) => `  lingtan ${c.usage}\n      ${c.summary}`)
  .join('\n')}

Exit codes: 0 ok, 1 internal error, 2 bad input, 3 infeasible.`;

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out(USAGE);
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    err(`error: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.badInput;
  }
  let parsed: ReturnType<typeof parseArgs<ParseArgsConfig>>;
  try {
    parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    err(`error: ${(error as Error).message}\nusage: lingtan ${command.usage}`);
    return EXIT.badInput;
  }
  try {
    return await command.run(parsed.positionals, parsed.values);
  } catch (error) {
    err(`internal error in "${name}": ${(error as Error).message}\nThis is a bug; please report it with the input that caused it.`);
    return EXIT.internal;
  }
}
