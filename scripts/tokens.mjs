// The theme's one table: every `--mn-*` custom property the elements document (`@cssprop` in each
// class's JSDoc, read from the Custom Elements Manifest), with its role, its default and the
// elements it affects. `npm run build` writes it into docs/theming.md between the tokens markers;
// Storybook's "Theming" page shows the same rows (so nothing here may use Node).

/** The rows, in the order <mn-article> documents them (it reads every token). */
export function tokenRows(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName && declaration.cssProperties?.length);
  const rows = new Map();
  const article = elements.find((element) => element.tagName === 'mn-article');
  for (const element of [article, ...elements.filter((element) => element !== article)]) {
    for (const property of element?.cssProperties ?? []) {
      const row = rows.get(property.name) ?? {
        name: property.name,
        role: property.description ?? '',
        default: property.default ?? '',
        elements: [],
      };
      row.elements.push(element.tagName);
      rows.set(property.name, row);
    }
  }
  return [...rows.values()];
}

/** The table as Markdown. */
export function tokenTable(manifest) {
  const cell = (text) => String(text).replaceAll('|', '\\|');
  return [
    '| custom property | role | default | affects |',
    '| --- | --- | --- | --- |',
    ...tokenRows(manifest).map(
      (row) =>
        `| \`${row.name}\` | ${cell(row.role)} | ${row.default ? `\`${cell(row.default)}\`` : ''} | ${row.elements
          .filter((tag) => tag !== 'mn-article')
          .map((tag) => `\`<${tag}>\``)
          .join(', ')}${row.elements.includes('mn-article') ? ' (and `<mn-article>`, through them)' : ''} |`,
    ),
  ].join('\n');
}
