// The store port: every read and write the domain makes, as units of work, one area per file. The domain owns
// it; its declarations live in server/contract/store/ (the one part of server/ that db/ may import), so both
// implementations — db/sqlite and db/postgres — type themselves against this very port; server/store-factory.ts
// picks one at start.
export type * from '../../contract/store';
