/** Minimal argument parsing: flags with values, repeated flags, positionals. */
export interface ParsedArgs {
  command?: string;
  positionals: string[];
  flags: Map<string, string[]>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], valueFlags: Set<string>, booleanFlags: Set<string>): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], flags: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') { parsed.positionals.push(...argv.slice(i + 1)); break; }
    if (arg.startsWith('--') || (arg.startsWith('-') && arg.length === 2)) {
      const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      if (booleanFlags.has(name)) { parsed.flags.set(name, ['true']); continue; }
      if (!valueFlags.has(name)) throw new UsageError(`unknown option ${name}`);
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`option ${name} needs a value`);
      parsed.flags.set(name, [...(parsed.flags.get(name) ?? []), value]);
      continue;
    }
    if (parsed.command === undefined) parsed.command = arg; else parsed.positionals.push(arg);
  }
  return parsed;
}

export function flag(args: ParsedArgs, name: string): string | undefined {
  const values = args.flags.get(name);
  return values?.[values.length - 1];
}
