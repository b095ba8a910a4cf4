import { str } from '@lit/localize';
import { msg } from '../i18n/msg.js';

// Labels, headings and announcements the elements add around the article's text, each its own
// export so a bundle keeps only the ones its elements use. Numbers and dates arrive formatted.

export const stepOf = (current: string, total: string) =>
  msg(str`Step ${current} of ${total}`, {
    id: 'ui.step-of',
    desc: 'Progress line above the current step, also read aloud by screen readers. ${current} and ${total} arrive as numbers already formatted for your language (Arabic digits in ar); move them where your grammar needs them.',
  });
export const stepAnnouncement = (current: string, total: string, title: string) =>
  msg(str`Step ${current} of ${total}: ${title}`, {
    id: 'ui.step-announcement',
    desc: "Announced by screen readers when the visitor moves to another step: the progress line, then the step's title (${title}). ${current} and ${total} arrive formatted for your language.",
  });
export const completed = () =>
  msg('(completed)', { id: 'ui.completed', desc: 'Read by screen readers after the title of a step already done.' });
export const previous = () =>
  msg('Previous', { id: 'ui.previous', desc: 'Button: go to the previous treatment step.' });
export const next = () => msg('Next', { id: 'ui.next', desc: 'Button: go to the next treatment step.' });
export const steps = () => msg('Treatment steps', { id: 'ui.steps', desc: 'Name of the list of treatment steps.' });
export const faq = () =>
  msg('Frequently asked questions', { id: 'ui.faq', desc: 'Heading of the card of questions and answers.' });
export const benefits = () =>
  msg('Key points and benefits', {
    id: 'ui.benefits',
    desc: 'Heading above the ten key points of the article (the procedure, its skin benefits and professional guidance).',
  });
export const procedure = () =>
  msg('The treatment, step by step', { id: 'ui.procedure', desc: 'Heading above the treatment steps.' });
export const resultsVary = () =>
  msg('Individual results may vary', { id: 'ui.results-vary', desc: 'Heading above the closing caution.' });
export const book = () => msg('Book a consultation', { id: 'ui.book', desc: 'Link to the clinic’s booking page.' });
export const reviewedByOn = (name: string, date: string) =>
  msg(str`Medically reviewed by ${name} on ${date}`, {
    id: 'ui.reviewed-by-on',
    desc: "Byline under the article's title. ${name} is the reviewer exactly as the clinic wrote it (it cannot be inflected); ${date} is a long date formatted for your language (e.g. 1 October 2026): choose the preposition or structure that fits a full date.",
  });
export const reviewedBy = (name: string) =>
  msg(str`Medically reviewed by ${name}`, {
    id: 'ui.reviewed-by',
    desc: "Byline under the article's title when the clinic gave no date. ${name} is the reviewer exactly as the clinic wrote it (it cannot be inflected).",
  });
export const reviewedOn = (date: string) =>
  msg(str`Medically reviewed on ${date}`, {
    id: 'ui.reviewed-on',
    desc: "Byline under the article's title when the clinic gave no name. ${date} is a long date formatted for your language (e.g. 1 October 2026).",
  });
