import { msg } from '../i18n/msg.js';

/** The name of the procedure, for headings and structured data. */
export const procedureName = (): string =>
  msg('Micro-needling', {
    id: 'article.procedure-name',
    desc: "The procedure's name: a heading word, and the name of the MedicalProcedure in the structured data (JSON-LD) search engines read. Use your language's one term for the procedure, as everywhere else.",
  });

/** The procedure's other name, from the article's first sentence. */
export const alternateName = (): string =>
  msg('Collagen induction therapy', {
    id: 'article.alternate-name',
    desc: "The procedure's other name, from the article's first sentence; search engines read it in the structured data (alternateName).",
  });

/** The article's title question, the heading of its introduction. */
export const whatIsIt = (): string =>
  msg('What is micro-needling?', {
    id: 'article.what-is-it',
    desc: "Heading of the introduction, the name of the page in the structured data, and the FAQ's first question (search engines read it as a question).",
  });

/** The article's opening paragraph. */
export const intro = (): string =>
  msg(
    "Micro-needling, also known as collagen induction therapy, is a cosmetic procedure that involves creating tiny, controlled micro-injuries to the skin using a device called a micro-needling pen. These micro-injuries stimulate the skin's natural healing response, promoting collagen production and rejuvenation.",
    {
      id: 'article.intro',
      desc: "Medical text from the article: keep every hedge (may, can, generally, often, usually) and every caution, add no claim, and use your language's one term for the procedure.",
    },
  );

/** The article's closing caution. Never optional: results vary, and a professional decides. */
export const disclaimer = (): string =>
  msg(
    "Individual experiences and results may vary, and it's essential to discuss any specific concerns or expectations with a qualified professional before undergoing micro-needling. They can provide personalized guidance and determine if micro-needling is suitable for your unique skin condition.",
    {
      id: 'article.disclaimer',
      desc: "The article's closing caution, which is never left out: keep every word of it (results vary; discuss concerns with a qualified professional first; they decide whether micro-needling suits the skin).",
    },
  );
