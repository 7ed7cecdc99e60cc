/**
 * Globs of the config file, matched against '/'-separated paths relative to the config's
 * folder: `**` any number of folders, `*` and `?` within one name, `{a,b}` alternatives.
 * A pattern without '/' matches a file name at any depth (`*-draft.zfxxgk`).
 */
export function globToRegExp(pattern: string): RegExp {
  const normalized = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  let source = '';
  for (let i = 0; i < normalized.length; i++) {
    const ch = normalized[i];
    if (ch === '*' && normalized[i + 1] === '*') {
      const slash = normalized[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '{') {
      const close = normalized.indexOf('}', i);
      if (close < 0) { source += '\\{'; continue; }
      source += `(?:${normalized.slice(i + 1, close).split(',').map(escape).join('|')})`;
      i = close;
    } else source += escape(ch);
  }
  const anywhere = !normalized.includes('/');
  return new RegExp(`^${anywhere ? '(?:.*/)?' : ''}${source}$`);
}

function escape(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

export function matchesGlob(pattern: string, relativePath: string): boolean {
  return globToRegExp(pattern).test(relativePath.replace(/\\/g, '/').replace(/^\.\//, ''));
}
