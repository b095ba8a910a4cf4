import { str } from '@lit/localize';
import { msg } from '../i18n/msg.js';

/**
 * Labels, headings and announcements the elements add around the article's text. Numbers and
 * dates arrive already formatted for the locale.
 */
export const ui = {
  stepOf: (current: string, total: string) => msg(str`Step ${current} of ${total}`, { id: 'ui.step-of' }),
  stepAnnouncement: (current: string, total: string, title: string) =>
    msg(str`Step ${current} of ${total}: ${title}`, { id: 'ui.step-announcement' }),
  completed: () => msg('(completed)', { id: 'ui.completed', desc: 'Read by screen readers after the title of a step already done.' }),
  previous: () => msg('Previous', { id: 'ui.previous', desc: 'Button: go to the previous treatment step.' }),
  next: () => msg('Next', { id: 'ui.next', desc: 'Button: go to the next treatment step.' }),
  steps: () => msg('Treatment steps', { id: 'ui.steps', desc: 'Name of the list of treatment steps.' }),
  faq: () => msg('Frequently asked questions', { id: 'ui.faq' }),
  benefits: () => msg('Key points and benefits', { id: 'ui.benefits', desc: 'Heading above the ten key points of the article (the procedure, its skin benefits and professional guidance).' }),
  procedure: () => msg('The treatment, step by step', { id: 'ui.procedure', desc: 'Heading above the treatment steps.' }),
  resultsVary: () => msg('Individual results may vary', { id: 'ui.results-vary', desc: 'Heading above the closing caution.' }),
  book: () => msg('Book a consultation', { id: 'ui.book', desc: 'Link to the clinic’s booking page.' }),
  reviewedByOn: (name: string, date: string) =>
    msg(str`Medically reviewed by ${name} on ${date}`, { id: 'ui.reviewed-by-on' }),
  reviewedBy: (name: string) => msg(str`Medically reviewed by ${name}`, { id: 'ui.reviewed-by' }),
  reviewedOn: (date: string) => msg(str`Medically reviewed on ${date}`, { id: 'ui.reviewed-on' }),
};
