/** Kinsoku shori: the marks a line may not start with, and those it may not end with. */

/** May not start a line. */
export const NO_LINE_START = new Set([...'。，、；：？！）》」』】〕〉”’….,;:?!)]}%']);
/** May not end a line. */
export const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{']);
