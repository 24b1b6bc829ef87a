/**
 * `lingtan` command line: a thin layer over the engine. Each command lives in ./commands and
 * returns an exit code; its arguments are checked against its flag table (cli/args.ts) before it
 * runs, and nothing here throws to the user.
 */
import { help, parseCommandArgs, usage } from './args.ts';
import { err, EXIT, out } from './io.ts';
import { COMMANDS } from './commands/index.ts';
import { COMPILED } from '../engine/parallel/runtime.ts';
import pkg from '../package.json' with { type: 'json' };

const USAGE = `lingtan — zero-carbon factory (零碳工厂) pathway engine

Usage:
${Object.values(COMMANDS)
  .map((c) => `  lingtan ${usage(c)}\n      ${c.summary}`)
  .join('\n')}

\`lingtan <command> --help\` lists a command's flags with their defaults; \`lingtan --version\` the version and runtime.
Exit codes: 0 ok, 1 internal error, 2 bad input, 3 infeasible.`;

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' && rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
    out(topic !== undefined ? help(topic) : USAGE);
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    out(`lingtan ${pkg.version} (${COMPILED ? 'compiled runtime' : 'TypeScript sources through tsx'}, Node ${process.version})`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    err(`error: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.badInput;
  }
  const parsed = parseCommandArgs(command, rest);
  if (!parsed.ok) {
    err(`error: ${parsed.message}\nusage: lingtan ${usage(command)}\n(lingtan ${name} --help lists every flag)`);
    return EXIT.badInput;
  }
  if (parsed.help) {
    out(help(command));
    return EXIT.ok;
  }
  try {
    return await command.run(parsed.positionals, parsed.values);
  } catch (error) {
    err(`internal error in "${name}": ${(error as Error).message}\nThis is a bug; please report it with the input that caused it.`);
    return EXIT.internal;
  }
}
