/**
 * The CLI's two output streams, made safe: a closed pipe (`zfxxgk check | head`) ends output
 * quietly instead of crashing with EPIPE, and text meant for a terminal never carries control
 * characters from a report (a label could otherwise retitle the terminal or clear the screen).
 */

export interface Streams { out: (text: string) => void; err: (text: string) => void }

/**
 * Writers for stdout and stderr that stop writing once the reader has gone away (EPIPE,
 * or any other write error such as a full disk): the command still finishes and its exit
 * code stands, but nothing more is written and no stack trace is printed.
 */
export function guardedStreams(stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WritableStream = process.stderr): Streams {
  const make = (stream: NodeJS.WritableStream) => {
    let closed = false;
    stream.on('error', () => { closed = true; });
    return (text: string) => {
      if (closed) return;
      try { stream.write(text + '\n'); } catch { closed = true; }
    };
  };
  return { out: make(stdout), err: make(stderr) };
}

// C0 and C1 controls, DEL, and the invisible direction overrides that can reorder what a
// reviewer reads ("Trojan Source"). Tab and newline are handled by the caller's choice.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const UNSAFE_WITH_BREAKS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line for a terminal: every control character (newlines too) shown as an escape such as `\x1b`. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE_WITH_BREAKS, escape);
}

/** Text for a terminal that may span lines (usage, import summary): controls escaped, line breaks and tabs kept. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, escape);
}
