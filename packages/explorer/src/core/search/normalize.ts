/**
 * Text folding for search: Unicode NFKC (full-width letters, digits and punctuation become their
 * half-width forms, compatibility ideographs their unified forms), lower case, no whitespace.
 */

export function foldText(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

/** A query of Latin letters only (after folding): it may be pinyin or initials. */
export function isLatinQuery(folded: string): boolean {
  return /^[a-z]+$/.test(folded);
}
