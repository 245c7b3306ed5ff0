// Digits written in other scripts, read as ASCII digits: "٥٥" (Arabic-Indic), "۶۸۸" (Persian),
// "१२०" (Devanagari), "１２０" (fullwidth) mean 55, 688, 120, 120.
//
// The grammar and the claim reader match digits with ASCII patterns (`\d`, `[0-9]`). Rather than
// teach each pattern every script, the text is transliterated before it is read — character for
// character, each one UTF-16 code unit to one ASCII code unit, so the result has the same length
// and every offset found in it is an offset in the original text (quotes and highlights are
// still sliced from the original). Only the BMP decimal-digit blocks (Unicode category Nd) are
// mapped, listed below by the code point of their zero, plus the Arabic decimal and thousands
// separators. Digits outside the BMP (mathematical bold 𝟓, Adlam, …) are two code units each:
// mapping them to one ASCII digit would change lengths and shift every later offset, so they are
// left alone. Superscripts, circled and other non-decimal numerals (category No) are not digits
// of a written number and are left alone too.
//
// Ordinary text has none of these characters: one precompiled test returns it unchanged, so the
// content script pays a single scan per page.

// Zero of each decimal-digit block in the BMP; digit d of a block is zero + d.
const ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Persian, Urdu)
  0x07c0, // NKo
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
  0x0b66, // Oriya
  0x0be6, // Tamil
  0x0c66, // Telugu
  0x0ce6, // Kannada
  0x0d66, // Malayalam
  0x0de6, // Sinhala Lith
  0x0e50, // Thai
  0x0ed0, // Lao
  0x0f20, // Tibetan
  0x1040, // Myanmar
  0x1090, // Myanmar Shan
  0x17e0, // Khmer
  0x1810, // Mongolian
  0x1946, // Limbu
  0x19d0, // New Tai Lue
  0x1a80, // Tai Tham Hora
  0x1a90, // Tai Tham Tham
  0x1b50, // Balinese
  0x1bb0, // Sundanese
  0x1c40, // Lepcha
  0x1c50, // Ol Chiki
  0xa620, // Vai
  0xa8d0, // Saurashtra
  0xa900, // Kayah Li
  0xa9d0, // Javanese
  0xa9f0, // Myanmar Tai Laing
  0xaa50, // Cham
  0xabf0, // Meetei Mayek
  0xff10, // Fullwidth
];

const ARABIC_DECIMAL_SEPARATOR = 0x066b; // "٣٫٥" = 3.5
const ARABIC_THOUSANDS_SEPARATOR = 0x066c; // "١٬٢٠٠" = 1,200

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

// Built on first use, not when the bundle loads: a page whose text is never read (one of the
// set's own articles, found again by its quotes) does not pay for them.
let patterns: { any: RegExp; every: RegExp } | null = null;
function digitPatterns() {
  const range = `[${ZEROS.map((z) => `${hex(z)}-${hex(z + 9)}`).join('')}${hex(ARABIC_DECIMAL_SEPARATOR)}${hex(ARABIC_THOUSANDS_SEPARATOR)}]`;
  return (patterns ??= { any: new RegExp(range), every: new RegExp(range, 'g') });
}

/** The ASCII character for one matched character: its digit, worked out from the zero of its
 *  block (ZEROS is in ascending order), or the separator's ASCII twin. */
function asciiOf(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === ARABIC_DECIMAL_SEPARATOR) return '.';
  if (code === ARABIC_THOUSANDS_SEPARATOR) return ',';
  let zero = ZEROS[0];
  for (const z of ZEROS) if (z <= code) zero = z;
  return String.fromCharCode(48 + code - zero);
}

/** `text` with every BMP decimal digit as its ASCII digit and the Arabic separators as "." and
 *  ","; same length, so offsets carry over. Returns `text` itself when there is nothing to map. */
export function toAsciiDigits(text: string): string {
  const { any, every } = digitPatterns();
  if (!any.test(text)) return text;
  return text.replace(every, asciiOf);
}
