import type { Connection } from 'vscode-languageserver';
import { ErrorCodes, ResponseError } from './lsp';

/**
 * A handler that throws must not take the server down nor leave the editor waiting: the error is
 * logged to the output channel with its stack, the request is answered with `fallback`, and the
 * next request is served as usual. Works for synchronous handlers and for rejected promises.
 */
export function guarded<P extends unknown[], R>(
  connection: Pick<Connection, 'console'>, name: string, handler: (...args: P) => R | Promise<R>, fallback: R,
): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (error) {
      // A ResponseError is a deliberate answer (e.g. an import refused over a limit), not a failure.
      if (error instanceof ResponseError) throw error;
      connection.console.error(`zfxxgk: ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
      return fallback;
    }
  };
}

const REGISTRATION = /^on([A-Z]|$)/;

/**
 * The connection as features see it: every handler they register (connection.onHover,
 * connection.languages.inlayHint.on, connection.onRequest(method, handler), …) is wrapped by
 * `guarded`, so no feature can crash a request — whether or not its author remembered to.
 */
export function guardFeatures<C extends Pick<Connection, 'console'>>(connection: C, ready: () => boolean = () => true): C {
  return guardObject(connection, connection, 'connection', ready);
}

/** LSP 3.17 §initialize: a request before `initialize` is answered with ServerNotInitialized (-32002). */
const NOT_INITIALIZED = '服务器尚未初始化：请先发送 initialize 请求。 / The server is not initialized: send the initialize request first.';

function guardObject<T extends object>(target: T, root: Pick<Connection, 'console'>, path: string, ready: () => boolean): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof property !== 'string' || property === 'console') return value;
      const name = `${path}.${property}`;
      if (typeof value === 'function' && REGISTRATION.test(property)) {
        return (...args: unknown[]) => {
          const last = args.length - 1;
          if (typeof args[last] === 'function') {
            const handler = guarded(root, name, args[last] as (...a: unknown[]) => unknown, null);
            args[last] = (...a: unknown[]) => (ready() ? handler(...a) : new ResponseError(ErrorCodes.ServerNotInitialized, NOT_INITIALIZED));
          }
          return value.apply(object, args);
        };
      }
      if (typeof value === 'function') return value.bind(object);
      if (value && typeof value === 'object') return guardObject(value as object, root, name, ready);
      return value;
    },
  });
}
