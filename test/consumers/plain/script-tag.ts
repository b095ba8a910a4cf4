// A page that loads the script tag and is written in TypeScript (README: one script tag).
/// <reference types="microneedling-elements/microneedling-elements.js" />

// Typed as present: a page that references the script's types has loaded it.
const api = window.MicroneedlingElements;
const version: string = api.version;
void api.setLocale('es').then(() => api.getLocale().toUpperCase() + version);
const article = document.querySelector('mn-article');
article?.addEventListener('mn-book', (event) => event.detail.url.toUpperCase());
const stepper = document.createElement('mn-procedure-stepper');
stepper.orientation = 'vertical';
stepper.addEventListener('mn-step-change', (event) => event.detail.previousIndex + event.detail.index);

export {};
