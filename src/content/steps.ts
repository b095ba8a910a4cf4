import { msg } from '../i18n/msg.js';
import type { Passage } from './types.js';

/** The treatment journey, in order: before, during and after. */
export const STEP_IDS = [
  'consultation',
  'cleansing',
  'light-peel',
  'micro-needling',
  'product-absorption',
  'recovery',
  'treatment-series',
] as const;

export type StepId = (typeof STEP_IDS)[number];

/** The steps in the active locale, drawn from the article's points 1, 4, 7, 8, 9, 10 and its closing note. */
export const steps = (): Record<StepId, Passage> => ({
  consultation: {
    title: msg('Consultation', {
      id: 'step.consultation.title',
      desc: "A treatment step's title, on one of seven narrow step buttons (on a phone about 12 characters fit on a line) and as the heading of the step: keep it short.",
    }),
    body: msg(
      'Discuss any specific concerns or expectations with a qualified professional before undergoing micro-needling. They can provide personalized guidance, determine if micro-needling is suitable for your unique skin condition and set the appropriate treatment plan based on individual skin concerns and sensitivities. Micro-needling should be performed by a trained and experienced professional.',
      {
        id: 'step.consultation.body',
        desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
      },
    ),
  },
  cleansing: {
    title: msg('Cleansing', {
      id: 'step.cleansing.title',
      desc: "A treatment step's title, on one of seven narrow step buttons (on a phone about 12 characters fit on a line) and as the heading of the step: keep it short.",
    }),
    body: msg('At the start of the treatment, the skin is cleansed.', {
      id: 'step.cleansing.body',
      desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
    }),
  },
  'light-peel': {
    title: msg('Light peel', {
      id: 'step.light-peel.title',
      desc: "A treatment step's title, on one of seven narrow step buttons (on a phone about 12 characters fit on a line) and as the heading of the step: keep it short.",
    }),
    body: msg('A very light peel is then applied to the skin.', {
      id: 'step.light-peel.body',
      desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
    }),
  },
  'micro-needling': {
    title: msg('Micro-needling', {
      id: 'step.micro-needling.title',
      desc: "A treatment step's title, on one of seven narrow step buttons (on a phone about 12 characters fit on a line) and as the heading of the step: keep it short.",
    }),
    body: msg(
      "The micro-needling device is gently circled over the targeted area, creating superficial punctures or channels in the skin. These tiny, controlled micro-injuries stimulate the skin's natural healing response.",
      {
        id: 'step.micro-needling.body',
        desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
      },
    ),
  },
  'product-absorption': {
    title: msg('Product absorption', {
      id: 'step.product-absorption.title',
      desc: "A treatment step's title, on one of seven narrow step buttons (on a phone about 12 characters fit on a line) and as the heading of the step: keep it short.",
    }),
    body: msg(
      'The micro-channels created by the procedure allow for better penetration and absorption of topical skincare products, such as serums or creams, which can reach deeper layers of the skin.',
      {
        id: 'step.product-absorption.body',
        desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
      },
    ),
  },
  recovery: {
    title: msg('Recovery', {
      id: 'step.recovery.title',
      desc: "A treatment step's title, on one of seven narrow step buttons (on a phone about 12 characters fit on a line) and as the heading of the step: keep it short.",
    }),
    body: msg(
      'The skin may appear slightly red and feel mildly sensitive immediately after the treatment, but these effects usually subside within a day or two.',
      {
        id: 'step.recovery.body',
        desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
      },
    ),
  },
  'treatment-series': {
    title: msg('A series of treatments', {
      id: 'step.treatment-series.title',
      desc: "A treatment step's title, on one of seven narrow step buttons (on a phone about 12 characters fit on a line) and as the heading of the step: keep it short.",
    }),
    body: msg(
      'While improvements can be seen after just one session, a series of treatments is often recommended to achieve optimal results. Results are generally gradual and continue to improve over time as collagen production increases.',
      {
        id: 'step.treatment-series.body',
        desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
      },
    ),
  },
});
