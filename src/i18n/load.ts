import type { LocaleModule } from '@lit/localize';
import { loaders } from '../generated/locale-loaders.js';

/** The ES build: each translation is its own lazily imported chunk. */
export const loadLocale = (locale: string): Promise<LocaleModule> => loaders[locale]();
