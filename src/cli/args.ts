// A small, strict argument parser: flags are declared, unknown ones are user errors.
export class UsageError extends Error {}

export interface FlagSpec {
  /** Flags that take a value (`--format json` or `--format=json`). */
  values: readonly string[];
  /** Flags that are switches. */
  switches: readonly string[];
}

export interface ParsedArgs {
  positional: string[];
  values: Map<string, string>;
  switches: Set<string>;
}

export function parseArgs(args: readonly string[], spec: FlagSpec): ParsedArgs {
  const out: ParsedArgs = { positional: [], values: new Map(), switches: new Set() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-' || !a.startsWith('-')) {
      out.positional.push(a);
      continue;
    }
    if (a === '--') {
      out.positional.push(...args.slice(i + 1));
      break;
    }
    const eq = a.indexOf('=');
    const name = (eq > 0 ? a.slice(0, eq) : a).replace(/^--?/, '');
    if (spec.values.includes(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (v === undefined) throw new UsageError(`--${name} needs a value`);
      out.values.set(name, v);
    } else if (spec.switches.includes(name)) {
      out.switches.add(name);
    } else {
      throw new UsageError(`unknown option ${a}`);
    }
  }
  return out;
}
