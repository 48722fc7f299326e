// npm run company:add -- --slug acme-mobile --name "Acme Mobile" --category "Mobile network" --template mobile-broadband
// Adds a company readers can review (the same rules as the console's Companies section), with its template's
// review form (streaming when left out); a running server shows it at once.
import { parseArgs } from 'node:util';
import { openStore } from '../store-factory';
import { COMPANY_TEMPLATES, NewCompany } from '../contract/companies';
import { AppError } from '../domain/app-error';
import { addCompany } from '../domain/companies/add-company';
import { readConfig } from '../env';

const USAGE = `Usage: npm run company:add -- --slug <address> --name <name> --category <category> [--template <${Object.keys(COMPANY_TEMPLATES).join(' | ')}>]`;

async function main() {
  const { values } = parseArgs({
    options: { slug: { type: 'string' }, name: { type: 'string' }, category: { type: 'string' }, template: { type: 'string' } },
    strict: true,
  });
  const input = NewCompany.safeParse(values);
  if (!input.success) {
    const problems = input.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`);
    throw new Error([USAGE, ...problems].join('\n'));
  }
  const config = readConfig();
  const store = await openStore(config);
  try {
    const company = await addCompany(store, null, input.data, Date.now());
    process.stdout.write(`Added ${company.name} (${company.category}) at /companies/${company.slug}\n`);
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  const message =
    err instanceof AppError && err.fields
      ? `${err.message}: --${Object.keys(err.fields).join(', --')}`
      : err instanceof Error
        ? err.message
        : String(err);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
