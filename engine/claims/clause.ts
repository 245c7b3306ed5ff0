// Word-level view of one sentence, with the punctuation between words, so the readers of the
// counted noun, the action and the scope can stop at clause edges without a parser.
import { wordsIn, type Word } from '../text/words';

export interface ClauseWord extends Word {
  /** Punctuation between the previous word and this one (",", "“", "—"), trimmed. */
  gap: string;
}

export function clauseWords(text: string, start: number, end: number): ClauseWord[] {
  const words = wordsIn(text, start, end).filter((w) => w.end <= end);
  return words.map((w, i) => ({ ...w, gap: text.slice(i ? words[i - 1].end : start, w.start).trim() }));
}

/** Whether the gap before a word ends a clause (comma, dash, semicolon, bracket, quote). */
export function breaksClause(gap: string): boolean {
  return /[,;:()\[\]—–“”"]/.test(gap) || /\s-\s/.test(` ${gap} `);
}

/** Function words that end a noun phrase. */
export const PHRASE_END = new Set([
  'in', 'on', 'at', 'by', 'for', 'from', 'with', 'to', 'into', 'during', 'after', 'before', 'near',
  'and', 'or', 'plus', 'but', 'that', 'which', 'who', 'whom', 'whose', 'where', 'were', 'was', 'is', 'are', 'have', 'has', 'had',
  'been', 'being', 'be', 'could', 'would', 'will', 'may', 'might', 'should', 'can', 'a', 'an', 'per',
  'as', 'than', 'while', 'when', 'since', 'out', 'over', 'under', 'across', 'against', 'toward',
  'towards', 'through', 'this', 'its', 'their', 'his', 'her', 'our', 'last', 'each', 'every', 'the',
  'said', 'says', 'reportedly', 'also', 'all', 'not', 'did', 'do', 'does', 'about', 'around', 'between',
  'inside', 'outside', 'along', 'among', 'including', 'like', 'so', 'such', 'there', 'here', 'then',
]);

/** Whether a clause break before this word opens a relative clause ("the number of injured,
 *  which stands at 512"): the clause goes on reading its antecedent before the comma. */
export function opensRelative(word: ClauseWord | undefined): boolean {
  return !!word && /^(?:which|who)$/.test(word.lower) && /^,$/.test(word.gap);
}
