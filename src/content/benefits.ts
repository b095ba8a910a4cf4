import { msg } from '../i18n/msg.js';
import type { Passage } from './types.js';

/** The article's ten numbered key points, in the article's order. */
export const BENEFIT_IDS = [
  'procedure',
  'collagen-stimulation',
  'skin-rejuvenation',
  'product-absorption',
  'scar-reduction',
  'texture-and-tone',
  'minimal-downtime',
  'skin-types',
  'gradual-results',
  'professional-guidance',
] as const;

export type BenefitId = (typeof BENEFIT_IDS)[number];

/**
 * The key points in the active locale. A function, not a constant, so that every render reads
 * the current translation.
 */
export const benefits = (): Record<BenefitId, Passage> => ({
  procedure: {
    title: msg('Procedure', {
      id: 'benefit.procedure.title',
      desc: "Title of one of the article's ten key points, on the button that opens it: keep it short, and claim no more than the English does (keep a hedge such as “appearance” or “various”).",
    }),
    body: msg(
      'During a micro-needling treatment, the skin is cleansed and then a very light peel is applied. The micro-needling device is then gently circled over the targeted area, creating superficial punctures or channels in the skin.',
      {
        id: 'benefit.procedure.body',
        desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
      },
    ),
  },
  'collagen-stimulation': {
    title: msg('Collagen stimulation', {
      id: 'benefit.collagen-stimulation.title',
      desc: "Title of one of the article's ten key points, on the button that opens it: keep it short, and claim no more than the English does (keep a hedge such as “appearance” or “various”).",
    }),
    body: msg(
      "The micro-injuries trigger the skin's wound-healing process, stimulating the production of new collagen and elastin fibers. Collagen is a vital protein that provides structural support, resulting in improved skin texture, firmness, and elasticity.",
      {
        id: 'benefit.collagen-stimulation.body',
        desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
      },
    ),
  },
  'skin-rejuvenation': {
    title: msg('Skin rejuvenation', {
      id: 'benefit.skin-rejuvenation.title',
      desc: "Title of one of the article's ten key points, on the button that opens it: keep it short, and claim no more than the English does (keep a hedge such as “appearance” or “various”).",
    }),
    body: msg(
      'Micro-needling can help improve various skin concerns, including fine lines, wrinkles, acne scars, hyperpigmentation, and uneven skin tone. It promotes the regeneration of healthier skin cells, leading to a more youthful and revitalized appearance.',
      {
        id: 'benefit.skin-rejuvenation.body',
        desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
      },
    ),
  },
  'product-absorption': {
    title: msg('Enhanced product absorption', {
      id: 'benefit.product-absorption.title',
      desc: "Title of one of the article's ten key points, on the button that opens it: keep it short, and claim no more than the English does (keep a hedge such as “appearance” or “various”).",
    }),
    body: msg(
      'The micro-channels created by the procedure allow for better penetration and absorption of topical skincare products, such as serums or creams. This can maximize the effectiveness of these products, as they can reach deeper layers of the skin.',
      {
        id: 'benefit.product-absorption.body',
        desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
      },
    ),
  },
  'scar-reduction': {
    title: msg('Reduced appearance of scars', {
      id: 'benefit.scar-reduction.title',
      desc: "Title of one of the article's ten key points, on the button that opens it: keep it short, and claim no more than the English does (keep a hedge such as “appearance” or “various”).",
    }),
    body: msg(
      'Micro-needling can be particularly beneficial for reducing the appearance of acne scars, surgical scars, or stretch marks. The controlled injury and subsequent collagen production help remodel the scar tissue, leading to a smoother and more even skin texture.',
      {
        id: 'benefit.scar-reduction.body',
        desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
      },
    ),
  },
  'texture-and-tone': {
    title: msg('Improved skin texture and tone', {
      id: 'benefit.texture-and-tone.title',
      desc: "Title of one of the article's ten key points, on the button that opens it: keep it short, and claim no more than the English does (keep a hedge such as “appearance” or “various”).",
    }),
    body: msg(
      'Micro-needling can address rough or uneven skin texture and promote a more even skin tone. It can help minimize the appearance of enlarged pores and create a smoother, more refined complexion.',
      {
        id: 'benefit.texture-and-tone.body',
        desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
      },
    ),
  },
  'minimal-downtime': {
    title: msg('Minimal downtime', {
      id: 'benefit.minimal-downtime.title',
      desc: "Title of one of the article's ten key points, on the button that opens it: keep it short, and claim no more than the English does (keep a hedge such as “appearance” or “various”).",
    }),
    body: msg(
      'Micro-needling is a minimally invasive procedure with little downtime. The skin may appear slightly red and feel mildly sensitive immediately after the treatment, but these effects usually subside within a day or two.',
      {
        id: 'benefit.minimal-downtime.body',
        desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
      },
    ),
  },
  'skin-types': {
    title: msg('Suitable for various skin types', {
      id: 'benefit.skin-types.title',
      desc: "Title of one of the article's ten key points, on the button that opens it: keep it short, and claim no more than the English does (keep a hedge such as “appearance” or “various”).",
    }),
    body: msg(
      'Micro-needling is generally safe and suitable for various skin types and tones. However, it is essential to consult with a trained professional to determine the appropriate treatment plan based on individual skin concerns and sensitivities.',
      {
        id: 'benefit.skin-types.body',
        desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
      },
    ),
  },
  'gradual-results': {
    title: msg('Gradual and cumulative results', {
      id: 'benefit.gradual-results.title',
      desc: "Title of one of the article's ten key points, on the button that opens it: keep it short, and claim no more than the English does (keep a hedge such as “appearance” or “various”).",
    }),
    body: msg(
      'While improvements can be seen after just one session, a series of treatments is often recommended to achieve optimal results. Results are generally gradual and continue to improve over time as collagen production increases.',
      {
        id: 'benefit.gradual-results.body',
        desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
      },
    ),
  },
  'professional-guidance': {
    title: msg('Professional guidance', {
      id: 'benefit.professional-guidance.title',
      desc: "Title of one of the article's ten key points, on the button that opens it: keep it short. Guidance here means a trained professional's supervision of the treatment, not career or vocational guidance.",
    }),
    body: msg('Micro-needling is a procedure that should be performed by a trained and experienced professional.', {
      id: 'benefit.professional-guidance.body',
      desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
    }),
  },
});
