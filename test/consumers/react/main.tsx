// A React 19 app as a user writes it: the elements in JSX (typed by the package's React entry)
// and the @lit/react wrappers with typed event props, a clinic's own question as a child. Every
// event lands in #log.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'microneedling-elements';
import { MnArticle, MnFaqCard, MnProcedureStepper } from 'microneedling-elements/react';

function App() {
  const [log, setLog] = useState<string[]>([]);
  const add = (line: string) => setLog((lines) => [...lines, line]);
  return (
    <main>
      <h1>Micro-needling</h1>
      <mn-article
        booking-url="/book"
        heading-level={2}
        onmn-book={(event) => {
          event.preventDefault();
          add(`book ${event.detail.url}`);
        }}
      ></mn-article>
      <MnFaqCard
        questions="downtime price"
        headingLevel={2}
        onToggle={(event) => add(`toggle ${event.detail.id} ${event.detail.open}`)}
      >
        <mn-faq-item id="price" question="How much does a session cost?">
          <p>From 150 € a session.</p>
        </mn-faq-item>
      </MnFaqCard>
      <MnProcedureStepper
        orientation="vertical"
        onStepChange={(event) => add(`step ${event.detail.previousIndex} → ${event.detail.index} ${event.detail.id}`)}
      />
      <MnArticle
        id="wrapped"
        sections="disclaimer"
        bookingUrl="/wrapped"
        onBook={(event) => {
          event.preventDefault();
          add(`wrapped book ${event.detail.url}`);
        }}
      />
      <output id="log">{log.join('\n')}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
