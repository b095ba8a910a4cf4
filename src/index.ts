/**
 * microneedling-elements: importing this module defines every element. Import a class from
 * `microneedling-elements/components/<name>/<name>.js` to use it without defining a tag.
 */
export { MnBenefitsAccordion } from './components/benefits-accordion/define.js';
export type { ToggleDetail } from './internal/disclosure.js';
export { getLocale, setLocale, LOCALES } from './i18n/locale.js';

declare const __VERSION__: string;
/** The library's version. */
export const version: string = __VERSION__;
