/** The parts of `linebreak` (UAX #14) the layout uses; the package ships no types. */
declare module 'linebreak' {
  export interface Break {
    /** UTF-16 index the next line starts at. */
    position: number;
    /** A mandatory break (after a line feed). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
