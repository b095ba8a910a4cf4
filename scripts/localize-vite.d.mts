import type { Plugin } from 'vite';

/** The Vite plugin that rebuilds the translations when a locales/*.xlf file changes (npm run dev). */
export function watchTranslations(options?: {
  onReady?: () => void;
  onUpdate?: (update: { file: string; problems: string[] }) => void;
}): Plugin;
