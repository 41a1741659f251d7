/*
 * The structure of the pages on what to do after objecting (/{lang}/after/) and where to complain
 * (/{lang}/complain/), as data: which answers there are and which sources of the register
 * (src/content/sources.yaml) each rests on. The words live in src/i18n/after-objecting/{locale}.json
 * under the ids used here. A case that no source covers is left out rather than guessed: form error
 * messages, an e-mail address shared by several people, and the address of Meta's form for people
 * without an account.
 */

/** The day the two pages were first published: their date in the news feed. */
export const AFTER_PAGES_PUBLISHED = '2026-12-07';

/** The signs that an objection went through, in the order a reader meets them. */
export const SUCCESS_SIGNS = [
  { id: 'code', sources: ['klicksafe-2024'] },
  { id: 'confirmation', sources: ['klicksafe-2024', 'dpa-vz-nrw-2025', 'panorama-2025'] },
  { id: 'accepted', sources: ['datatilsynet-2025'] },
] as const;

/** What goes wrong, each answer with the sources it rests on. */
export const PROBLEMS = [
  { id: 'no-email', sources: ['panorama-2025', 'vz-rlp-faq'] },
  { id: 'login', sources: ['dpa-vz-nrw-2025', 'bremen-2025'] },
  { id: 'accounts', sources: ['datatilsynet-2025', 'vz-sh-2025'] },
  { id: 'addresses', sources: ['vz-rlp-faq', 'vz-sh-2025'] },
  { id: 'page', sources: ['sky-tg24-2025'] },
  { id: 'teenager', sources: ['datatilsynet-2025'] },
  { id: 'objected-2024', sources: ['datatilsynet-2025', 'vz-rlp-faq'] },
] as const;

/** The sources of the paragraphs on a refusal, on posts by others, and of the complaint page. */
export const AFTER_SOURCES = {
  refusal: ['datatilsynet-2025', 'vz-rlp-faq', 'gdpr-article-77'],
  others: ['datatilsynet-2025', 'hamburg-2024'],
  complain: ['gdpr-article-77', 'imy-any-authority'],
  germany: ['vz-rlp-faq', 'hessen-bfdi'],
  /** The list a reader is sent to where an authority's own address could not be sourced. */
  fallback: 'edpb-members',
} as const;

/** Every source id the two pages cite, for the register check. */
export const AFTER_SOURCE_IDS: readonly string[] = [
  ...new Set([
    ...SUCCESS_SIGNS.flatMap((sign) => sign.sources),
    ...PROBLEMS.flatMap((problem) => problem.sources),
    ...Object.values(AFTER_SOURCES).flat(),
  ]),
];
