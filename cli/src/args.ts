/** Minimal argument parsing: flags with values, repeated flags, positionals. */
export interface ParsedArgs {
  command?: string;
  positionals: string[];
  flags: Map<string, string[]>;
}

export class UsageError extends Error {}

/** Messages of the parser itself, in the user's language (given by the caller). */
export interface ArgsText { unknownOption: (name: string) => string; needsValue: (name: string) => string }

const ENGLISH: ArgsText = { unknownOption: (name) => `unknown option ${name}`, needsValue: (name) => `option ${name} needs a value` };

export function parseArgs(argv: string[], valueFlags: Set<string>, booleanFlags: Set<string>, text: ArgsText = ENGLISH): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], flags: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') { parsed.positionals.push(...argv.slice(i + 1)); break; }
    if (arg.startsWith('--') || (arg.startsWith('-') && arg.length === 2)) {
      const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      if (booleanFlags.has(name)) { parsed.flags.set(name, ['true']); continue; }
      if (!valueFlags.has(name)) throw new UsageError(text.unknownOption(name));
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(text.needsValue(name));
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
