/** The sections of `<mn-article>`, in their default order. */
export const SECTION_IDS = ['intro', 'benefits', 'procedure', 'faq', 'disclaimer'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** `detail` of the cancelable `mn-book` event. */
export interface BookDetail {
  /** Where the link goes, as accepted (an http(s) URL or a same-site path). */
  url: string;
}
