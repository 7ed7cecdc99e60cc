/**
 * The comment lines import writes (shared with the checker, which reports the unplaced numbers
 * from them: import.unplaced). No dependencies, so rules may import it.
 */
export const NOTE_PREFIX = '%% 导入：';
/** `%% 导入：未放置的数字：<label as written> | 3 | 5`: numbers with no evidence for their cell. */
export const UNPLACED_PREFIX = '%% 导入：未放置的数字：';
