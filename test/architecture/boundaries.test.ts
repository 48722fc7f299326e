// The store boundary, kept by reading every import: the domain owns the store port, so nothing in server/ imports
// db/ but the one place that builds the store (server/store-factory.ts), and db/ imports nothing from server/ but
// the contract vocabulary (server/contract/). Each database's implementation stands alone: db/sqlite/ and
// db/postgres/ never import each other, and what db/ shares imports neither. Above the domain, routes and pages
// call domain verbs and never the store; the domain imports no route, page or middleware. The browser's code takes
// values from the server only from modules that do not import zod (types are free: they leave no code).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/server-process';

const STORE_FACTORY = 'server/store-factory.ts';
const IMPLEMENTATIONS = ['db/sqlite/', 'db/postgres/'];

/**
 * Known exceptions, each an edge "importer -> imported": the demo-review generator is seed data (it imports only
 * the contract); it moves out of db/ once the moderation work that benchmarks with it settles.
 */
const ALLOWED = new Set([
  'server/cli/seed-demo.ts -> db/seed/synthetic-reviews.ts',
  'server/tools/bench-screening.ts -> db/seed/synthetic-reviews.ts',
]);

/** The module specifiers of import, export-from, side-effect import and dynamic import() statements. */
function specifiersOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[\w*{}\s,$]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1]!);
  return found;
}

/** A relative specifier as a path from the project root (extension left as written); null for a package. */
function resolveSpecifier(file: string, specifier: string, exists: (path: string) => boolean): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = normalize(join(dirname(file), specifier)).replaceAll('\\', '/');
  return [`${base}.ts`, `${base}/index.ts`, base].find(exists) ?? base;
}

/** Every import that crosses the store boundary the wrong way, as "importer -> imported". */
function boundaryViolations(files: ReadonlyMap<string, string>, exists: (path: string) => boolean): string[] {
  const found: string[] = [];
  for (const [file, source] of files) {
    for (const specifier of specifiersOf(source)) {
      const target = resolveSpecifier(file, specifier, exists);
      if (target === null) continue;
      const edge = `${file} -> ${target}`;
      if (ALLOWED.has(edge)) continue;
      if (file.startsWith('server/') && file !== STORE_FACTORY && target.startsWith('db/')) found.push(edge);
      if (file.startsWith('db/') && target.startsWith('server/') && !target.startsWith('server/contract/')) found.push(edge);
      const implementation = IMPLEMENTATIONS.find((folder) => target.startsWith(folder));
      if (file.startsWith('db/') && implementation && !file.startsWith(implementation)) found.push(edge);
    }
  }
  return found;
}

/** Folders whose modules reach the store only through domain verbs. */
const ABOVE_THE_DOMAIN = ['server/routes/', 'server/pages/'];

/** Every layering slip above the domain: "importer -> imported" for an import, "file: store.x" for a store call. */
function layerViolations(files: ReadonlyMap<string, string>, exists: (path: string) => boolean): string[] {
  const found: string[] = [];
  for (const [file, source] of files) {
    const above = ABOVE_THE_DOMAIN.some((folder) => file.startsWith(folder));
    for (const specifier of specifiersOf(source)) {
      const target = resolveSpecifier(file, specifier, exists);
      if (target === null) continue;
      const edge = `${file} -> ${target}`;
      if (above && /^server\/domain\/store(\/|$)/.test(target)) found.push(edge);
      if (file.startsWith('server/pages/') && target.startsWith('server/routes/')) found.push(edge);
      if (file.startsWith('server/domain/') && /^server\/(routes|pages|http)\//.test(target)) found.push(edge);
    }
    if (!above) continue;
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    for (const call of code.matchAll(/\bstore\s*\??\.\s*[\w$]+/g)) found.push(`${file}: ${call[0]}`);
  }
  return found;
}

function sourcesUnder(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(join(PROJECT_ROOT, dir))) {
      const path = `${dir}/${name}`;
      if (statSync(join(PROJECT_ROOT, path)).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.set(path, readFileSync(join(PROJECT_ROOT, path), 'utf8'));
    }
  };
  walk(folder);
  return files;
}

const onDisk = (path: string) => {
  try {
    return statSync(join(PROJECT_ROOT, path)).isFile();
  } catch {
    return false;
  }
};

/** The specifiers of imports that bring code: every import but `import type` and `export type`. */
const valueSpecifiersOf = (source: string) =>
  specifiersOf(source.replace(/\b(?:import|export)\s+type\s+[\w*{}\s,$]*?\sfrom\s*['"][^'"]+['"]/g, ''));

/** Each server module the browser's code reaches by value imports that imports zod, as "web file -> … -> module". */
function zodInTheBrowser(files: ReadonlyMap<string, string>, exists: (path: string) => boolean): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const queue = [...files.keys()].filter((f) => f.startsWith('web/')).map((f) => [f]);
  while (queue.length > 0) {
    const chain = queue.shift()!;
    const file = chain.at(-1)!;
    const source = files.get(file);
    if (source === undefined) continue;
    for (const specifier of valueSpecifiersOf(source)) {
      if (specifier === 'zod' && file.startsWith('server/')) found.push(chain.join(' -> '));
      const target = resolveSpecifier(file, specifier, exists);
      if (target === null || !target.startsWith('server/') || seen.has(target)) continue;
      seen.add(target);
      queue.push([...chain, target]);
    }
  }
  return found;
}

describe('the store boundary', () => {
  it('holds in the code: server/ reaches db/ only through the store factory, db/ only server/contract', () => {
    const files = new Map([...sourcesUnder('server'), ...sourcesUnder('db')]);
    expect(files.size).toBeGreaterThan(100);
    expect(boundaryViolations(files, onDisk)).toEqual([]);
  });

  it('the factory is the one importer of db/ in server/, and every allowed exception still exists', () => {
    const files = sourcesUnder('server');
    const importers = [...files].filter(([, source]) => specifiersOf(source).some((s) => /(^|\/)db\//.test(s))).map(([f]) => f);
    const allowedImporters = [...ALLOWED].map((edge) => edge.split(' -> ')[0]!);
    expect(importers.sort()).toEqual([STORE_FACTORY, ...allowedImporters].sort());
  });

  it.each([
    ['a domain verb importing a SQLite query', 'server/domain/x.ts', "import { q } from '../../db/sqlite/queries/q';", 1],
    ['a type-only import of the SQLite store', 'server/domain/y.ts', "import type { Store } from '../../db/sqlite/store';", 1],
    ['a route importing a seed file by dynamic import', 'server/routes/z.ts', "const m = await import('../../db/seed/s');", 1],
    ['the store factory importing db/', 'server/store-factory.ts', "import { openDatabase } from '../db/sqlite/connection';", 0],
    ['db/ importing a domain rule', 'db/sqlite/queries/p.ts', "import { k } from '../../../server/domain/k';", 1],
    ['db/ re-exporting from server/env', 'db/sqlite/e.ts', "export { readConfig } from '../../server/env';", 1],
    ['db/ importing the contract', 'db/sqlite/schema/m.ts', "import { ROLES } from '../../../server/contract/auth';", 0],
    ['the PostgreSQL schema importing the SQLite one', 'db/postgres/schema/r.ts', "import { S } from '../../sqlite/schema/r';", 1],
    ['shared seed code importing the SQLite store', 'db/seed/c.ts', "import type { T } from '../sqlite/store';", 1],
    ['the SQLite store importing shared rules', 'db/sqlite/store.ts', "import type { R } from '../store-rules';", 0],
    ['a package import', 'server/domain/w.ts', "import { sql } from 'drizzle-orm';", 0],
    ['an import inside a comment', 'server/domain/v.ts', "// import { q } from '../../db/sqlite/queries/q';", 0],
  ])('finds %s', (_what, file, source, violations) => {
    expect(boundaryViolations(new Map([[file, source]]), () => false)).toHaveLength(violations);
  });
});

describe('the layers above the domain', () => {
  it('holds in the code: routes and pages call domain verbs, never the store; the domain imports none of them', () => {
    const files = sourcesUnder('server');
    expect([...files.keys()].filter((f) => f.startsWith('server/pages/')).length).toBeGreaterThan(3);
    expect(layerViolations(files, onDisk)).toEqual([]);
  });

  it.each([
    ['a route calling a store method', 'server/routes/a.ts', 'await store.findCompany(slug);', 1],
    ['a route calling the store through deps', 'server/routes/b.ts', 'await deps.store.endSessions({}, entry);', 1],
    ['a page calling the store', 'server/pages/c.ts', 'const row = await ctx.store?.findSummary(id);', 1],
    ['a route handing the store to a verb', 'server/routes/d.ts', 'await logout(store, who, hash, now());', 0],
    ['a route destructuring the store', 'server/routes/e.ts', 'const { store, config } = deps;', 0],
    ['a store call inside a comment', 'server/routes/f.ts', "// store.findCompany(slug) is the verb's business", 0],
    ['a page importing the store port', 'server/pages/g.ts', "import type { Store } from '../domain/store';", 1],
    ['a page importing a route', 'server/pages/h.ts', "import { webRoutes } from '../routes/web';", 1],
    ['a route importing a page', 'server/routes/i.ts', "import { homePage } from '../pages/home-page';", 0],
    ['a domain verb importing a page', 'server/domain/j.ts', "import { fillShell } from '../pages/html';", 1],
    ['a domain verb importing middleware', 'server/domain/k/l.ts', "import type { Deps } from '../../http/app-env';", 1],
    ['middleware calling the store', 'server/http/m.ts', 'if (store.isUnavailable(err)) return;', 0],
  ])('finds %s', (_what, file, source, violations) => {
    expect(layerViolations(new Map([[file, source]]), () => false)).toHaveLength(violations);
  });
});

describe("the browser's code", () => {
  it('bundles no zod: what it takes from the server by value comes from zod-free modules', () => {
    const files = new Map([...sourcesUnder('web'), ...sourcesUnder('server')]);
    expect([...files.keys()].filter((f) => f.startsWith('web/')).length).toBeGreaterThan(20);
    expect(zodInTheBrowser(files, (path) => files.has(path))).toEqual([]);
  });

  it.each([
    ['a constant from a module that imports zod', "import { LIMIT } from '../server/contract/z';", 1],
    ['a constant and a type from it', "import { LIMIT, type T } from '../server/contract/z';", 1],
    ['a type from it', "import type { T } from '../server/contract/z';", 0],
    ['a constant from a zod-free module', "import { LIMIT } from '../server/contract/plain';", 0],
    ['a constant through a zod-free module that imports one that does', "import { X } from '../server/contract/via';", 1],
  ])('finds %s', (_what, source, violations) => {
    const files = new Map([
      ['web/a.ts', source],
      ['server/contract/z.ts', "import { z } from 'zod';\nexport const LIMIT = 1;\nexport type T = number;"],
      ['server/contract/plain.ts', 'export const LIMIT = 1;'],
      ['server/contract/via.ts', "export { LIMIT as X } from './z';"],
    ]);
    expect(zodInTheBrowser(files, (path) => files.has(path))).toHaveLength(violations);
  });
});
