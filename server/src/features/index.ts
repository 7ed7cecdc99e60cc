import type { Feature } from './feature';
import { completionFeature } from './completion';
import { hoverFeature } from './hover';
import { inlayHintsFeature } from './inlayHints';
import { documentSymbolsFeature } from './documentSymbols';
import { foldingFeature } from './folding';
import { semanticTokensFeature } from './semanticTokens';
import { selectionRangesFeature } from './selectionRanges';
import { formattingFeature } from './formatting';
import { codeActionsFeature } from './codeActions';
import { exportFeature } from './export';
import { renderFeature } from './render';
import { importFeature } from './import';
import { newReportFeature } from './newReport';
import { cellEditFeature } from './cellEdit';
import { documentHighlightsFeature } from './highlights';
import { navigationFeature } from './navigation';
import { workspaceSymbolsFeature } from './workspaceSymbols';
import { documentStatusFeature } from './documentStatus';

/** Every LSP feature beyond diagnostics, one file each. Add new ones here. */
export const FEATURES: Feature[] = [
  completionFeature,
  hoverFeature,
  documentHighlightsFeature,
  navigationFeature,
  inlayHintsFeature,
  documentSymbolsFeature,
  workspaceSymbolsFeature,
  foldingFeature,
  semanticTokensFeature,
  selectionRangesFeature,
  formattingFeature,
  codeActionsFeature,
  renderFeature,
  exportFeature,
  importFeature,
  newReportFeature,
  cellEditFeature,
  documentStatusFeature,
];
