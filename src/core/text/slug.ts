// URL- and id-safe slugs for entity ids ("Vladimir Putin" → "vladimir-putin").

/** Lower-case ASCII slug; accents are folded. Returns '' when nothing Latin is left (e.g. Cyrillic names). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
