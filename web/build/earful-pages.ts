// Vite plugin for Earful's pages: one HTML entry per page, shared header and footer partials, page
// addresses in the dev server, and the widget built after the pages as its own self-contained script.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { precompress } from './precompress.ts';

/** Page address → its HTML entry; the server maps the same addresses (server/routes/web.ts). */
export const PAGE_ENTRIES = {
  index: 'index.html',
  company: 'company.html',
  review: 'review.html',
  moderate: 'moderate.html',
  policy: 'policy.html',
  privacy: 'privacy.html',
  manage: 'manage.html',
  'not-found': 'not-found.html',
} as const;

const DEV_ROUTES: [RegExp, string][] = [
  [/^\/companies\/[a-z0-9-]+\/reviews\/\d+\/?(\?.*)?$/, '/review.html'],
  [/^\/companies\/[a-z0-9-]+\/?(\?.*)?$/, '/company.html'],
  [/^\/moderate\/?(\?.*)?$/, '/moderate.html'],
  [/^\/policy\/?(\?.*)?$/, '/policy.html'],
  [/^\/privacy\/?(\?.*)?$/, '/privacy.html'],
  [/^\/manage\/\d+\/?(\?.*)?$/, '/manage.html'],
  [/^\/widget\.js(\?.*)?$/, '/widget.ts'],
];

export const WIDGET_FILE = 'widget.js';

export function earfulPages(): Plugin[] {
  let resolved: ResolvedConfig;
  const partial = (root: string, name: string) => readFileSync(join(root, 'partials', `${name}.html`), 'utf8');
  return [
    {
      name: 'earful-pages',
      config(config) {
        const root = resolve(config.root ?? '.');
        const input = Object.fromEntries(Object.entries(PAGE_ENTRIES).map(([name, file]) => [name, join(root, file)]));
        return { build: { rolldownOptions: { input } } };
      },
      configResolved(config) {
        resolved = config;
      },
      transformIndexHtml(html) {
        return html
          .replace('<!--earful:header-->', partial(resolved.root, 'header'))
          .replace('<!--earful:footer-->', partial(resolved.root, 'footer'));
      },
    },
    {
      // The site's stylesheet (about 4 KB) goes into each page: a linked one is a round trip before the first
      // paint. The server allows exactly these <style> blocks by hash (server/pages/page-shells.ts).
      name: 'earful-inline-styles',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler(html, { bundle }) {
          return html.replace(/<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g, (link, fileName: string) => {
            const asset = bundle?.[fileName];
            if (asset?.type !== 'asset') return link;
            return `<style>${String(asset.source)}</style>`;
          });
        },
      },
      configureServer(server) {
        server.middlewares.use((req, _res, next) => {
          const match = DEV_ROUTES.find(([pattern]) => pattern.test(req.url ?? ''));
          if (match) req.url = match[1];
          next();
        });
      },
    },
    {
      // A page entry imports its components after the first paint (web/lib/after-next-paint.ts): their files are
      // fetched with the page all the same, at low priority, as nothing of them is needed for the first paint.
      name: 'earful-late-scripts',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler(html, { chunk, bundle }) {
          const preloads = chunk && bundle ? lazyChunks(chunk, bundle).filter((file) => !html.includes(`/${file}"`)) : [];
          const links = preloads.map((file) => `\n    <link rel="modulepreload" crossorigin href="/${file}">`).join('');
          return html
            .replace(/(<script type="module"[^>]*><\/script>)/, (script: string) => script + links)
            .replace(/<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g, '<$1 fetchpriority="low"');
        },
      },
    },
    {
      // A classic script with no imports, so any site can load it with one tag from our origin.
      name: 'earful-widget',
      apply: 'build',
      async closeBundle() {
        if (resolved.build.lib || resolved.build.ssr) return;
        await build({
          configFile: false,
          root: resolved.root,
          logLevel: resolved.logLevel === 'silent' ? 'silent' : 'warn',
          publicDir: false,
          build: {
            outDir: resolved.build.outDir,
            emptyOutDir: false,
            lib: { entry: join(resolved.root, 'widget.ts'), formats: ['iife'], name: 'EarfulWidget', fileName: () => WIDGET_FILE },
          },
        });
        // After the widget, the last file written.
        precompress(resolve(resolved.root, resolved.build.outDir));
      },
    },
  ];
}

/** The chunks an entry imports later, with everything they import at once (not what they import later again). */
function lazyChunks(entry: Rollup.OutputChunk, bundle: Rollup.OutputBundle): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    const chunk = bundle[file];
    if (found.has(file) || chunk?.type !== 'chunk') return;
    found.add(file);
    chunk.imports.forEach(visit);
  };
  entry.dynamicImports.forEach(visit);
  return [...found];
}
