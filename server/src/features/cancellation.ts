import type { CancellationToken } from 'vscode-languageserver';
import { LSPErrorCodes, ResponseError } from '../lsp';

/** The answer to a request the editor cancelled (LSP §cancelRequest): the error RequestCancelled, not a late result. */
export function cancellation(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, '已取消 / Cancelled');
}

/** `promise`, unless the editor cancels first: then it rejects with `cancellation()` (a wait on indexing, say). */
export function unlessCancelled<T>(promise: Promise<T>, token: CancellationToken): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => {
    if (token.isCancellationRequested) reject(cancellation());
    else token.onCancellationRequested(() => reject(cancellation()));
  })]);
}
