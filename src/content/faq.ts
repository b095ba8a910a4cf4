import { msg } from '../i18n/msg.js';
import { benefits } from './benefits.js';
import { intro, whatIsIt } from './article.js';

/** The questions a visitor arrives with, in order. */
export const QUESTION_IDS = [
  'what-is-it',
  'how-it-works',
  'concerns',
  'downtime',
  'sessions',
  'skin-types',
  'skincare',
  'who-performs',
] as const;

export type QuestionId = (typeof QUESTION_IDS)[number];

/** A question and its answer in the active locale. */
export interface Answer {
  question: string;
  answer: string;
}

/**
 * The questions in the active locale. Where the article answers a question in one of its key
 * points, the answer is that point's text, so the FAQ and the accordion can never disagree and a
 * translator translates it once.
 */
export const questions = (): Record<QuestionId, Answer> => {
  const b = benefits();
  return {
    'what-is-it': { question: whatIsIt(), answer: intro() },
    'how-it-works': {
      question: msg('How does micro-needling work?', {
        id: 'faq.how-it-works.question',
        desc: 'A question a visitor asks, shown in the FAQ and read by search engines as an FAQPage question: phrase it as a visitor would type it.',
      }),
      answer: b['collagen-stimulation'].body,
    },
    concerns: {
      question: msg('Which skin concerns can micro-needling help with?', {
        id: 'faq.concerns.question',
        desc: 'A question a visitor asks, shown in the FAQ and read by search engines as an FAQPage question: phrase it as a visitor would type it.',
      }),
      answer: msg(
        'Micro-needling can help improve fine lines, wrinkles, acne scars, hyperpigmentation, and uneven skin tone. It can be particularly beneficial for reducing the appearance of acne scars, surgical scars, or stretch marks. It can also address rough or uneven skin texture and help minimize the appearance of enlarged pores.',
        {
          id: 'faq.concerns.answer',
          desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
        },
      ),
    },
    downtime: {
      question: msg('How much downtime is there?', {
        id: 'faq.downtime.question',
        desc: 'A question a visitor asks, shown in the FAQ and read by search engines as an FAQPage question: phrase it as a visitor would type it.',
      }),
      answer: b['minimal-downtime'].body,
    },
    sessions: {
      question: msg('How many sessions will I need?', {
        id: 'faq.sessions.question',
        desc: 'A question a visitor asks, shown in the FAQ and read by search engines as an FAQPage question: phrase it as a visitor would type it.',
      }),
      answer: b['gradual-results'].body,
    },
    'skin-types': {
      question: msg('Is micro-needling suitable for my skin type?', {
        id: 'faq.skin-types.question',
        desc: 'A question a visitor asks, shown in the FAQ and read by search engines as an FAQPage question: phrase it as a visitor would type it.',
      }),
      answer: b['skin-types'].body,
    },
    skincare: {
      question: msg('Does micro-needling help my skincare products work?', {
        id: 'faq.skincare.question',
        desc: 'A question a visitor asks, shown in the FAQ and read by search engines as an FAQPage question: phrase it as a visitor would type it.',
      }),
      answer: b['product-absorption'].body,
    },
    'who-performs': {
      question: msg('Who should perform micro-needling?', {
        id: 'faq.who-performs.question',
        desc: 'A question a visitor asks, shown in the FAQ and read by search engines as an FAQPage question: phrase it as a visitor would type it.',
      }),
      answer: b['professional-guidance'].body,
    },
  };
};
