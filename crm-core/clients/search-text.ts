/**
 * Client names are searched case-insensitively and by fragment, in Cyrillic as well as Latin.
 * Folding happens here, in JavaScript, rather than with SQL lower(): the PGlite and server
 * locales differ, and the same text must fold the same way on both engines.
 */
const apostrophes = /[\u2019\u02BC\u2018`\u00B4]/g;
const spaces = /\s+/g;

/** Folds one piece of text for matching: lower case, one kind of apostrophe, ё as е, single spaces. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(apostrophes, "'").replace(/ё/g, 'е').replace(spaces, ' ').trim();
}

/** The stored `clients.search_text`: every name a user may type to find the client. */
export function clientSearchText(fullName: string, shortName: string | null | undefined): string {
  return foldForSearch([fullName, shortName].filter(Boolean).join(' '));
}
