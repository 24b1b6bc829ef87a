/**
 * Argument checks of every command, read from its flag table: unknown flags and extra positional
 * arguments are usage errors naming them, `--help` lists every flag with its default, and the
 * usage line is written from the same table.
 */
import { describe, expect, it } from 'vitest';
import { help, parseCommandArgs, usage } from '../../cli/args.ts';
import { COMMANDS } from '../../cli/commands/index.ts';

const commands = Object.values(COMMANDS);

describe.each(commands.map((c) => [c.name, c] as const))('lingtan %s', (_name, c) => {
  const args = c.positionals.map((p) => `${p.name}-value`);

  it('rejects an unknown flag, naming it and the flags it takes', () => {
    const r = parseCommandArgs(c, [...args, '--no-such-flag']);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('--no-such-flag');
      for (const f of Object.keys(c.flags)) expect(r.message).toContain(`--${f}`);
    }
  });

  it('rejects arguments beyond its positionals, naming them (unless it takes any number)', () => {
    const r = parseCommandArgs(c, [...args, 'extra-1.yaml', 'extra-2.yaml']);
    if (c.positionals.some((p) => p.variadic === true)) {
      expect(r.ok && r.positionals).toEqual([...args, 'extra-1.yaml', 'extra-2.yaml']);
    } else {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/unexpected arguments "extra-1\.yaml", "extra-2\.yaml"/);
    }
  });

  it('asks for a value for a string flag and refuses one for a switch', () => {
    for (const [name, f] of Object.entries(c.flags)) {
      const r = parseCommandArgs(c, f.type === 'string' ? [...args, `--${name}`] : [...args, `--${name}=yes`]);
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.message).toContain(`--${name}`);
    }
  });

  it('--help lists every flag with its value placeholder and default', () => {
    expect(parseCommandArgs(c, ['--help'])).toMatchObject({ ok: true, help: true });
    expect(parseCommandArgs(c, ['-h'])).toMatchObject({ ok: true, help: true });
    const text = help(c);
    expect(text.split('\n')[0]).toBe(`lingtan ${usage(c)}`);
    for (const [name, f] of Object.entries(c.flags)) {
      const line = text.split('\n').find((l) => l.trimStart().startsWith(`--${name} `) || l.trim() === `--${name}` || l.trimStart().startsWith(`--${name}  `));
      expect(line, name).toBeDefined();
      expect(line).toContain(f.description);
      const def = f.defaultText ?? (typeof f.default === 'string' ? f.default : undefined);
      if (def !== undefined) expect(line).toContain(`(default: ${def})`);
    }
  });

  it('applies defaults and keeps values as given', () => {
    const r = parseCommandArgs(c, args);
    expect(r.ok).toBe(true);
    if (r.ok) for (const [name, f] of Object.entries(c.flags)) if (f.default !== undefined) expect(r.values[name]).toBe(f.default);
  });
});

describe('repeatable flags', () => {
  it('collects --label values in order for compare', () => {
    const r = parseCommandArgs(COMMANDS['compare']!, ['a.yaml', 'b.yaml', '--label', 'A', '--label=B']);
    expect(r.ok && r.values['label']).toEqual(['A', 'B']);
  });

  it('refuses a non-repeatable flag given twice', () => {
    const r = parseCommandArgs(COMMANDS['simulate']!, ['s.yaml', '--draws', '5', '--draws', '6']);
    expect(r.ok).toBe(false);
  });
});
