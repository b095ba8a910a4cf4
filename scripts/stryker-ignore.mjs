// Mutants that are equivalent by construction, left out of `npm run mutate`:
// - the `desc` of a msg() call: a note for translators, extracted into the XLIFF files and never
//   shown on a page, so no test of the page can tell it changed;
// - the `id` of a msg() call in a content file is NOT ignored: the tests in other locales catch it.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

const translatorNotes = {
  shouldIgnore(path) {
    const { node, parent } = path;
    if (!parent || parent.type !== 'ObjectProperty' || parent.value !== node) return undefined;
    if (parent.key.type !== 'Identifier' || parent.key.name !== 'desc') return undefined;
    return 'a note for translators (msg() desc), never rendered';
  },
};

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'translator-notes', translatorNotes)];
