/** One titled passage of the article, already in the active locale. */
export interface Passage {
  title: string;
  body: string;
}
