/** The preview page's own styles, scoped to its container (.mn-tp); the elements keep theirs. */
export const styles = `
.mn-tp { display: block; max-width: 100%; font: inherit; }
.mn-tp code { font-size: 0.95em; }
.mn-tp .drop {
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem;
  padding: 1rem; border: 2px dashed currentColor; border-radius: 0.5rem;
}
.mn-tp.dragging .drop { border-style: solid; background: color-mix(in srgb, currentColor 8%, transparent); }
.mn-tp .drop label { font-weight: 600; }
.mn-tp .drop input { max-width: 100%; }
.mn-tp :focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
.mn-tp .status { font-weight: 600; }
.mn-tp .layout { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 60rem) {
  .mn-tp .layout { grid-template-columns: minmax(16rem, 24rem) minmax(0, 1fr); align-items: start; }
  .mn-tp .findings { position: sticky; top: 0; max-height: 100vh; overflow: auto; }
}
.mn-tp .findings ul { padding-inline-start: 1.25rem; }
.mn-tp .findings li { margin-block: 0.4rem; overflow-wrap: anywhere; }
.mn-tp .findings .english, .mn-tp .findings .note { display: block; font-size: 0.9em; }
.mn-tp .frames { display: flex; gap: 1.5rem; align-items: flex-start; overflow-x: auto; padding-block-end: 0.5rem; }
.mn-tp .frame { flex: none; }
.mn-tp .frame h2 { font-size: 1rem; margin-block: 0 0.5rem; }
.mn-tp .page {
  box-sizing: border-box; border: 1px solid #8a9896; padding: 0 1rem 1rem;
  font-family: Georgia, 'Times New Roman', serif; color: #1d2b2a; background: #fbfaf7; line-height: 1.6;
}
/* The clinic's own header, as the demo's clinic page has it. */
.mn-tp .page .clinic { background: #0b6e69; color: #fff; font-weight: bold; padding: 0.75rem 1rem; margin: 0 -1rem 1rem; }
`;
