import type { ClaimSet } from './types';

/** Serialises a claim set the one way, so equal sets give byte-identical files (builder output,
 *  the options page's export). */
export function claimSetJson(set: ClaimSet): string {
  return JSON.stringify(set, null, 1) + '\n';
}
