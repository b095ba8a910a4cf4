// The preview page's script (demo/translation-preview.html): one classic script with the library
// inside, so that the page works from any static host, or opened from the disk.
import { mountPreview } from './translation-preview.js';

/** The page's preview, as window.MnTranslationPreview.preview (for the tests of the built page). */
export const preview = mountPreview(document.getElementById('translation-preview')!);
