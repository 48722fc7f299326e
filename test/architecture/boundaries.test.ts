// The store boundary, kept by reading every import: the domain owns the store port, so nothing in server/ imports
// db/ but the one place that builds the store (server/store-factory.ts), and db/ imports nothing from server/ but
// the contract vocabulary (server/contract/). Each database's implementation stands alone: db/sqlite/ and
// db/postgres/ never import each other, and what db/ shares imports neither.
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
  'server/tools/bench-moderation.ts -> db/seed/synthetic-reviews.ts',
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
    ['the store factory importing db/', 'server/store-factory.ts', "import { openDatabase } from '../db/sqlite/client';", 0],
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
