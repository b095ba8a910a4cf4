/** Milliseconds for opening and closing a panel. */
export const DURATION = 200;

export const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Every Web Animations call in the library goes through here: under prefers-reduced-motion
 * nothing animates at all, and the caller gets `undefined` so it can finish at once.
 */
export function animate(el: Element, keyframes: Keyframe[]): Animation | undefined {
  return reducedMotion() ? undefined : el.animate(keyframes, { duration: DURATION, easing: 'ease-in-out' });
}
