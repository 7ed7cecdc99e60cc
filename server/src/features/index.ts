import type { Feature } from './feature';

/** Every LSP feature beyond diagnostics, one file each. Add new ones here. */
export const FEATURES: Feature[] = [];
