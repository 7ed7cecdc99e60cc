import type { Feature } from './feature';
import { exportFeature } from './export';
import { renderFeature } from './render';

/** Every LSP feature beyond diagnostics, one file each. Add new ones here. */
export const FEATURES: Feature[] = [renderFeature, exportFeature];
