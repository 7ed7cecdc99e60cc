// The bench's LSP client is the tests' one (test/helpers/lspClient.ts); it drives both our server and the peer.
import { testHelper } from './testHelpers.mjs';

export const { LspClient, ourServer } = testHelper('lspClient');

/** What the bench announces: the same for our server and the peer, so both do the same work. */
const CAPABILITIES = {
  workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false }, publishDiagnostics: { relatedInformation: true, versionSupport: true },
    completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

/** initialize + initialized on one workspace folder, `rootUri`. */
export function initialize(client, rootUri, initializationOptions) {
  return client.initialize({ rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], capabilities: CAPABILITIES, initializationOptions });
}

/** The next publishDiagnostics for `uri` that satisfies `accept`, with its arrival time: { params, at }. */
export function nextDiagnostics(client, uri, accept = () => true, timeoutMs = 30000) {
  return client.arrival('textDocument/publishDiagnostics', (p) => p.uri === uri && accept(p), timeoutMs);
}
