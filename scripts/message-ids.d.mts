import type { Plugin } from 'vite';

/** A Vite/Rolldown plugin that shortens the message ids in src/content/ and in the generated locale modules. */
export function shortMessageIds(root?: string): Plugin;
