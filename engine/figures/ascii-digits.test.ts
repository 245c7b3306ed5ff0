import { describe, expect, it } from 'vitest';
import { toAsciiDigits } from './ascii-digits';

describe('digits of other scripts as ASCII digits', () => {
  it.each([
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'], // Arabic-Indic
    ['۰۱۲۳۴۵۶۷۸۹', '0123456789'], // Persian
    ['०१२३४५६७८९', '0123456789'], // Devanagari
    ['০১২৩৪৫৬৭৮৯', '0123456789'], // Bengali
    ['๐๑๒๓๔๕๖๗๘๙', '0123456789'], // Thai
    ['໐໑໒໓໔໕໖໗໘໙', '0123456789'], // Lao
    ['༠༡༢༣༤༥༦༧༨༩', '0123456789'], // Tibetan
    ['၀၁၂၃၄၅၆၇၈၉', '0123456789'], // Myanmar
    ['០១២៣៤៥៦៧៨៩', '0123456789'], // Khmer
    ['᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙', '0123456789'], // Mongolian
    ['０１２３４５６７８９', '0123456789'], // fullwidth
    ['١٬٢٠٠ و ٣٫٥', '1,200 و 3.5'], // Arabic thousands and decimal separators
  ])('reads %s', (text, ascii) => {
    expect(toAsciiDigits(text)).toBe(ascii);
  });

  it('maps every decimal digit of the BMP to its value, and nothing else', () => {
    const wrong: string[] = [];
    let digits = 0;
    for (let c = 0x80; c < 0x10000; c++) {
      if (c === 0x066b || c === 0x066c) continue;
      const ch = String.fromCharCode(c);
      const out = toAsciiDigits(ch);
      const name = `U+${c.toString(16)}`;
      if (!/\p{Nd}/u.test(ch)) {
        if (out !== ch) wrong.push(`${name} is no digit but read as ${out}`);
        continue;
      }
      digits++;
      // Unicode encodes each script's digits 0–9 in a run of ten: the digit's zero is c − value.
      const zero = c - Number(out);
      if (!/^[0-9]$/.test(out) || toAsciiDigits(String.fromCharCode(zero, zero + 9)) !== '09') wrong.push(`${name} read as ${out}`);
    }
    expect(wrong).toEqual([]);
    expect(digits).toBeGreaterThanOrEqual(360);
  });

  it('keeps lengths, so offsets carry over', () => {
    const text = 'دمرت ٢٠٠ مركبة, 𝟓 bold, ² up, ① circled, ٣٫٥ km';
    const out = toAsciiDigits(text);
    expect(out.length).toBe(text.length);
    expect(out).toBe('دمرت 200 مركبة, 𝟓 bold, ² up, ① circled, 3.5 km');
  });

  it('leaves digits outside the BMP alone: they are two code units', () => {
    expect(toAsciiDigits('𝟓𝟓 and 𞥑')).toBe('𝟓𝟓 and 𞥑');
  });

  it('returns ordinary text itself', () => {
    const text = 'More than 200 vehicles — “about 55” — were hit near Fallujah.';
    expect(toAsciiDigits(text)).toBe(text);
    expect(toAsciiDigits('')).toBe('');
  });
});
