// `npm run dev` without a restart after a translation edit: a Vite plugin that watches locales/,
// checks an edited .xlf file as `npm run localize:check` does, and rebuilds src/generated/ from
// it, so that the page reloads in the new words; a broken file is not built, and its one-line
// messages go to the terminal and to the page's error overlay instead.
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { checkLocales, extractSources } from './localize-check.mjs';
import { buildTranslations } from './localize.mjs';

/**
 * The plugin. For tests: `onReady()` once the watcher follows the files, and
 * `onUpdate({ file, problems })` after each edit has been handled, problems empty when the
 * translations were rebuilt.
 */
export function watchTranslations({ onReady, onUpdate } = {}) {
  let root;
  let sources;
  return {
    name: 'mn-watch-translations',
    apply: 'serve',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      const config = JSON.parse(readFileSync(resolve(root, 'lit-localize.json'), 'utf8'));
      const locales = resolve(root, config.interchange.xliffDir);
      const content = resolve(root, 'src/content');
      if (onReady) server.watcher.once('ready', onReady);
      server.watcher.add(locales);
      const handle = (path) => {
        // The English the files are checked against changes with the code only.
        if (path.startsWith(content + sep)) sources = undefined;
        if (!path.startsWith(locales + sep) || !path.endsWith('.xlf')) return;
        const file = relative(root, path);
        sources ??= extractSources(config, root);
        const { problems } = checkLocales(config, sources, root);
        const failure = problems.length ? undefined : buildTranslations(root);
        const said = problems.length ? problems : failure ? [failure] : [];
        if (said.length) {
          server.config.logger.error(said.join('\n'), { timestamp: true });
          server.ws.send({
            type: 'error',
            err: { message: said.join('\n'), stack: '', plugin: 'mn-watch-translations' },
          });
        } else {
          // The generated modules changed on disk: serve them afresh, then reload the page.
          for (const module of server.moduleGraph.idToModuleMap.values()) {
            if (module.file?.startsWith(resolve(root, 'src/generated') + sep))
              server.moduleGraph.invalidateModule(module);
          }
          server.config.logger.info(`${file}: translations rebuilt`, { timestamp: true });
          server.ws.send({ type: 'full-reload' });
        }
        onUpdate?.({ file, problems: said });
      };
      server.watcher.on('change', handle);
      server.watcher.on('add', handle);
    },
  };
}
