/**
 * Globs of the config file, matched against '/'-separated paths relative to the config's
 * folder: `**` any number of folders, `*` and `?` within one name, `{a,b}` alternatives (which
 * may hold globs themselves). A pattern without '/' matches a file name at any depth
 * (`*-draft.zfxxgk`).
 *
 * Matching simulates a Thompson automaton over the path, one code point at a time: time is
 * (path length × pattern length), never exponential. A regular expression built from the glob
 * backtracks: `a*a*a*a*a*a*a*b` against a long name of `a`s took 30 s (issue 14, F9), and
 * picomatch compiles to the same kind of regular expression.
 */

const NOT_SLASH = 1;
const ANY = 2;
type Test = string | typeof NOT_SLASH | typeof ANY;
/** A state: at most one consuming edge (`test` → `next`) and any number of empty moves. */
interface State { eps: number[]; test?: Test; next?: number }

/** Whether a path matches; `steps` counts the automaton's moves so far (tests assert they grow linearly). */
export type GlobMatcher = ((relativePath: string) => boolean) & { steps: number };

export function compileGlob(pattern: string): GlobMatcher {
  const normalized = normalize(pattern);
  const states: State[] = [];
  const add = (): number => states.push({ eps: [] }) - 1;
  const consume = (from: number, test: Test, to = add()): number => { states[from].test = test; states[from].next = to; return to; };
  /** `(?:.*\/)?`: nothing, or anything ending in a slash. */
  const anyFolders = (from: number): number => {
    const end = add();
    const inside = add();
    states[from].eps.push(end, inside);
    consume(inside, ANY, inside);
    const slash = add();
    states[inside].eps.push(slash);
    consume(slash, '/', end);
    return end;
  };
  const chars = Array.from(normalized);
  /** Compiles chars[i…] from state `from` until the end, or a ',' / '}' closing an alternative; returns [end state, index]. */
  const sequence = (from: number, i: number, inBraces: boolean): [number, number] => {
    let at = from;
    while (i < chars.length) {
      const ch = chars[i];
      if (inBraces && (ch === ',' || ch === '}')) return [at, i];
      if (ch === '*' && chars[i + 1] === '*') {
        if (chars[i + 2] === '/') { at = anyFolders(at); i += 3; continue; }
        const next = add();
        consume(at, ANY, at);
        states[at].eps.push(next);
        at = next; i += 2; continue;
      }
      if (ch === '*') {
        const next = add();
        consume(at, NOT_SLASH, at);
        states[at].eps.push(next);
        at = next; i++; continue;
      }
      if (ch === '?') { at = consume(at, NOT_SLASH); i++; continue; }
      if (ch === '{' && closes(chars, i)) {
        const join = add();
        i++;
        for (;;) {
          const start = add();
          states[at].eps.push(start);
          const [end, stop] = sequence(start, i, true);
          states[end].eps.push(join);
          i = stop + 1;
          if (chars[stop] === '}') break;
        }
        at = join; continue;
      }
      at = consume(at, ch); i++;
    }
    return [at, i];
  };
  const start = add();
  const [accept] = sequence(normalized.includes('/') ? start : anyFolders(start), 0, false);
  const matcher = ((relativePath: string) => simulate(states, start, accept, normalize(relativePath), matcher)) as GlobMatcher;
  matcher.steps = 0;
  return matcher;
}

/** Whether the '{' at `open` has its matching '}' (an unclosed one is a literal, as before). */
function closes(chars: string[], open: number): boolean {
  let depth = 0;
  for (let i = open; i < chars.length; i++) {
    if (chars[i] === '{') depth++;
    else if (chars[i] === '}' && --depth === 0) return true;
  }
  return false;
}

function simulate(states: State[], start: number, accept: number, path: string, counter: { steps: number }): boolean {
  const seen = new Uint32Array(states.length);
  let generation = 0;
  let current: number[] = [];
  const close = (set: number[], state: number) => {
    const stack = [state];
    while (stack.length > 0) {
      const s = stack.pop()!;
      counter.steps++;
      if (seen[s] === generation) continue;
      seen[s] = generation;
      set.push(s);
      for (const e of states[s].eps) stack.push(e);
    }
  };
  generation++;
  close(current, start);
  for (const ch of path) {
    generation++;
    const next: number[] = [];
    for (const s of current) {
      const { test, next: to } = states[s];
      if (to === undefined) continue;
      if (test === ANY || (test === NOT_SLASH && ch !== '/') || test === ch) close(next, to);
    }
    if (next.length === 0) return false;
    current = next;
  }
  return current.includes(accept);
}

function normalize(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

const CACHE = new Map<string, GlobMatcher>();

export function matchesGlob(pattern: string, relativePath: string): boolean {
  let matcher = CACHE.get(pattern);
  if (!matcher) {
    if (CACHE.size >= 256) CACHE.clear();
    matcher = compileGlob(pattern);
    CACHE.set(pattern, matcher);
  }
  return matcher(relativePath);
}

/**
 * Kept for callers that want a RegExp: `test`/`exec` run the linear matcher above, never a
 * backtracking expression (the `source` is only a label).
 */
export function globToRegExp(pattern: string): RegExp {
  return new GlobRegExp(pattern);
}

class GlobRegExp extends RegExp {
  private readonly matcher: GlobMatcher;
  constructor(pattern: string) {
    super(pattern.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    this.matcher = compileGlob(pattern);
  }
  override exec(input: string): RegExpExecArray | null {
    if (!this.matcher(String(input))) return null;
    const match = [String(input)] as unknown as RegExpExecArray;
    match.index = 0;
    match.input = String(input);
    return match;
  }
  override test(input: string): boolean {
    return this.matcher(String(input));
  }
}
