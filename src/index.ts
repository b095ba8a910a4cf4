/**
 * microneedling-elements: importing this module defines every element. Import a class from
 * `microneedling-elements/components/<name>/<name>.js` to use it without defining a tag.
 */
export { MnBenefitsAccordion, MnBenefit } from './components/benefits-accordion/define.js';
export { MnProcedureStepper, MnStep } from './components/procedure-stepper/define.js';
export { MnFaqCard, MnFaqItem } from './components/faq-card/define.js';
export { MnDisclaimer } from './components/disclaimer/define.js';
export { MnArticle } from './components/article/define.js';
export type { BookDetail, SectionId } from './components/article/article.types.js';
export type { ToggleDetail } from './internal/disclosure.js';
export type { StepChangeDetail, Orientation } from './components/procedure-stepper/procedure-stepper.types.js';
export { getLocale, setLocale, LOCALES, PSEUDO_LOCALE, type LocaleChangeDetail } from './i18n/locale.js';

declare const __VERSION__: string;
/** The library's version. */
export const version: string = __VERSION__;
