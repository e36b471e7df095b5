// Text as both writers may print it: line ends and tabs normalised, format characters dropped.
import { multiLineText } from '../model/plain-text';

/**
 * Beyond what a multi-line field already drops (plain-text.ts): every other format character,
 * lone surrogates, noncharacters and variation selectors. With the `u` flag a surrogate in the
 * class matches only when it stands alone (paired ones are one code point).
 */
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- dropping them is the point
  /[\p{Cf}\u{d800}-\u{dfff}\ufe00-\ufe0f\ufffe\uffff\u{e0100}-\u{e01ef}]/gu;

/**
 * Text as both writers may put it on a page: line ends become `\n`, tabs spaces, and characters
 * no reader can show (controls, format characters, lone surrogates, noncharacters, variation
 * selectors) are dropped, and composed characters composed (NFC). Word refuses XML-illegal
 * characters, and a PDF would draw them blank.
 */
export function cleanText(text: string): string {
  return multiLineText(text.normalize('NFC')).replace(INVISIBLE, '');
}

/** The same for a title, a heading or a cover line: one line, whatever the record held. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\n/g, ' ');
}
