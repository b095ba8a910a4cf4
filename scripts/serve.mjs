// `npm start`: serves the project folder, with the demo page that loads dist/ like a clinic site.
import { startServer } from './static-server.mjs';

const host = process.env.HOST || 'localhost';
const server = await startServer({ port: Number(process.env.PORT) || 8000, host });
const origin = `http://${host}:${server.address().port}`;
console.log(`The demo clinic page: ${origin}/demo/`);
console.log(
  `The translation preview (open an .xlf file to see it on the page): ${origin}/demo/translation-preview.html`,
);
console.log(
  `Prerendered (the article in the HTML, before any script): ${origin}/demo/prerendered/en.html, and each language's tag`,
);
