/** Types for browsers.mjs, for the TypeScript configs that import it. */
export declare const CHROMIUM_ARGS: string[];
export declare function browserPath(kind: 'chromium' | 'firefox'): string;
