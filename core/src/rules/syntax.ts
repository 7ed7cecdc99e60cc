import type { Rule } from './context';

/** Syntax errors from the parser, each where it happened. */
export const syntaxRule: Rule = {
  name: 'syntax',
  check(context) {
    for (const error of context.model.syntaxErrors) {
      context.report(error.code, { start: error.start, end: error.end }, { text: error.detail.trim() || '␤' });
    }
  },
};
