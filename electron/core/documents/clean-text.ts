/**
 * Text as both writers may put it on a page: line ends become `\n`, tabs spaces, and characters
 * no reader can show (controls, format characters, lone surrogates, noncharacters, variation
 * selectors) are dropped, and composed characters composed (NFC). Word refuses XML-illegal characters, and a PDF would draw them blank.
 */
const LINE_ENDS = /\r\n?|[\u2028\u2029\u0085]/g;
// With the `u` flag a surrogate in the class matches only when it stands alone (paired ones are
// one code point); variation selectors are listed on purpose, to drop them.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- dropping them is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\p{Cf}\u{d800}-\u{dfff}\ufe00-\ufe0f\ufffe\uffff\u{e0100}-\u{e01ef}]/gu;

export function cleanText(text: string): string {
  return text.normalize('NFC').replace(LINE_ENDS, '\n').replace(/\t/g, ' ').replace(INVISIBLE, '');
}
