// The prerenderer itself in a server component, with no configuration: one element's markup,
// awaited, in Spanish.
import { renderElement } from 'microneedling-elements/ssr';

export default async function Page() {
  const html = await renderElement('<mn-faq-card structured-data></mn-faq-card>', { lang: 'es' });
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
