// ESLint rule `zfxxgk/boundaries`: what a folder may import (docs/architecture.md, "Boundaries").
// Relative imports are resolved against the project root, so `../../server/src/x` is judged by where it lands,
// not by how it is spelled; bare imports are judged by package name. One rule covers import/export-from,
// import(), require(), `import x = require()` and `import('x').T` types, so no form of import slips past.
import { isBuiltin } from 'node:module';
import * as path from 'node:path';

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The import's target as a project path without extension (`server/src/main`), or null outside the project. */
function projectPath(root, filename, specifier) {
  const target = path.relative(root, path.resolve(path.dirname(filename), specifier)).split(path.sep).join('/');
  if (target.startsWith('../') || path.isAbsolute(target)) return null;
  return target.replace(/\.(d\.ts|ts|mts|cts|js|mjs|cjs)$/, '').replace(/\/index$/, '');
}

/** Why `specifier` may not be imported here, or null when it may. */
function violation(options, filename, specifier, typeOnly) {
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    const target = projectPath(options.root, filename, specifier);
    if (target === null) return `'${specifier}' lies outside the project`;
    if ((options.exclude ?? []).includes(target)) return `'${target}' is excluded here`;
    const allowed = options.folders.some((prefix) => target === prefix.replace(/\/$/, '') || target.startsWith(prefix));
    return allowed ? null : `'${target}' is outside ${options.folders.join(', ')}`;
  }
  if (isBuiltin(specifier)) return null;
  const name = packageName(specifier);
  if ((options.typeOnly ?? []).includes(name)) return typeOnly ? null : `'${name}' may be imported only with \`import type\``;
  if (options.packages?.allow && !options.packages.allow.includes(name)) return `package '${name}' is not in the allowed list`;
  if (options.packages?.deny?.includes(name)) return `package '${name}' is forbidden`;
  return null;
}

/** An import declaration whose every binding is a type (`import { type A, type B }`) is erased like `import type`. */
function allTypes(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

export const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the import boundaries between core, server, client, cli and protocol' },
    schema: [{
      type: 'object',
      properties: {
        root: { type: 'string' },
        zone: { type: 'string' },
        why: { type: 'string' },
        folders: { type: 'array', items: { type: 'string' } },
        exclude: { type: 'array', items: { type: 'string' } },
        typeOnly: { type: 'array', items: { type: 'string' } },
        packages: {
          type: 'object',
          properties: { allow: { type: 'array', items: { type: 'string' } }, deny: { type: 'array', items: { type: 'string' } } },
          additionalProperties: false,
        },
      },
      required: ['root', 'zone', 'why', 'folders'],
      additionalProperties: false,
    }],
    messages: { boundary: '{{zone}} may not import this: {{reason}}. {{why}}' },
  },
  create(context) {
    const options = context.options[0];
    const check = (source, typeOnly) => {
      if (!source || typeof source.value !== 'string') return;
      const reason = violation(options, context.filename, source.value, typeOnly);
      if (reason) context.report({ node: source, messageId: 'boundary', data: { zone: options.zone, reason, why: options.why } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, allTypes(node)),
      ExportNamedDeclaration: (node) => check(node.source, allTypes(node)),
      ExportAllDeclaration: (node) => check(node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node.source, false),
      TSImportType: (node) => check(node.argument?.literal ?? node.argument, true),
      TSImportEqualsDeclaration: (node) => check(node.moduleReference.expression, node.importKind === 'type'),
      'CallExpression[callee.type="Identifier"][callee.name="require"]': (node) => check(node.arguments[0], false),
    };
  },
};

export default { meta: { name: 'zfxxgk' }, rules: { boundaries } };
