import type { TextDocumentIdentifier } from 'vscode-languageserver';
import type { Analysis } from '../../../core/src';
import type { FeatureContext } from './feature';

/** The cached analysis of an open document, or undefined for a document the server does not hold. */
export function analysisOf(context: FeatureContext, textDocument: TextDocumentIdentifier): Analysis | undefined {
  const document = context.documents.get(textDocument.uri);
  return document ? context.cache.get(document) : undefined;
}
