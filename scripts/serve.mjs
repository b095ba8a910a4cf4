// `npm start`: serves the project folder, with the demo page that loads dist/ like a clinic site.
import { startServer } from './static-server.mjs';

const host = process.env.HOST || 'localhost';
const server = await startServer({ port: Number(process.env.PORT) || 8000, host });
console.log(`The demo clinic page: http://${host}:${server.address().port}/demo/`);
