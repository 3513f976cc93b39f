/**
 * Language-agnostic helpers over article text that several stages need. They sit below the
 * stages (like `model`), so sharing them keeps the one-way dependencies.
 */

/** The line of `text` that holds offset `at`, without its line break. */
export function lineAt(text: string, at: number): string {
  const a = text.lastIndexOf('\n', at - 1) + 1;
  let b = text.indexOf('\n', at);
  if (b < 0) b = text.length;
  return text.slice(a, b);
}

/**
 * Whether the line holding offset `at` reads as a headline: four or more words, most of them
 * capitalized, no sentence end. Capitalization there says nothing about names or roles.
 */
export function isHeadlineAt(text: string, at: number): boolean {
  const line = lineAt(text, at).trim();
  if (/[.!?"”]$/.test(line)) return false;
  const words = line.match(/\p{L}+/gu) ?? [];
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}
