// Word tokens with offsets. Apostrophes and hyphens stay inside a word ("al-Rashid", "O’Brien").
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*\.?/gu;

export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let w = m[0];
    // Keep the final period only for dotted abbreviations ("U.S.", "Col."), not sentence ends.
    if (w.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(w) && !/^\p{Lu}\p{Ll}{1,3}\.$/u.test(w)) w = w.slice(0, -1);
    words.push({ text: w, lower: w.toLowerCase(), start: m.index, end: m.index + w.length });
  }
  return words;
}
