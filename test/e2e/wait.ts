/**
 * The one polling waiter of the e2e suites (extension host and UI): no `vscode` import, so both can load it.
 * `probe` is asked every `intervalMs` until it returns a truthy value, which is returned.
 */
export async function waitFor<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string | (() => string),
  ms = 30_000,
  intervalMs = 100,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
