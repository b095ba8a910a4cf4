/**
 * The React wrappers' server half in a browser's bundle (see ./react.ts): none. The wrappers
 * then render the element as @lit/react does, and leave a server's HTML inside it in place.
 */
export const serverRender = undefined;
