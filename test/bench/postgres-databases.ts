// PostgreSQL databases for `npm run bench -- --store postgres`: each size's SQLite bench database copied once
// by db:copy's own function into a template, and every server setup started on a fresh database made from it
// (CREATE DATABASE … TEMPLATE copies files, seconds even at a million reviews). All are dropped at the end.
import pg from 'pg';
import { copyStoreToPostgres } from '../../server/store-factory';

export class BenchPostgres {
  private readonly made: string[] = [];
  private readonly prefix = `earful_bench_${process.pid}`;
  private fresh = 0;

  constructor(private readonly adminUrl: string) {}

  private urlOf(name: string): string {
    const url = new URL(this.adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }

  private async admin(statement: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  }

  /** The SQLite database at `sqlitePath` copied into a new template database; returns its name and the seconds the copy took. */
  async template(size: number, sqlitePath: string): Promise<{ name: string; seconds: number }> {
    const name = `${this.prefix}_${size}_template`;
    await this.admin(`create database ${name}`);
    this.made.push(name);
    const result = await copyStoreToPostgres(sqlitePath, this.urlOf(name));
    return { name, seconds: result.seconds };
  }

  /** A new database holding what the template holds; its URL. */
  async copyOf(template: string): Promise<string> {
    const name = `${this.prefix}_${++this.fresh}`;
    await this.admin(`create database ${name} template ${template}`);
    this.made.push(name);
    return this.urlOf(name);
  }

  async drop(url: string): Promise<void> {
    const name = new URL(url).pathname.slice(1);
    await this.admin(`drop database if exists ${name} with (force)`);
    this.made.splice(this.made.indexOf(name), 1);
  }

  /** Every database this bench made, newest first (copies before their template). */
  async dropAll(): Promise<void> {
    for (const name of [...this.made].reverse()) await this.admin(`drop database if exists ${name} with (force)`);
    this.made.length = 0;
  }
}
