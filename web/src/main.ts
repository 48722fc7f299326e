// Placeholder page until the Lit front end lands: lists the companies with their rating text.
import type { CompanySummary } from '../../server/contract/review';

async function showCompanies() {
  const list = document.querySelector('#companies');
  if (!list) return;
  const response = await fetch('/api/companies');
  const { companies } = (await response.json()) as { companies: CompanySummary[] };
  for (const company of companies) {
    const item = document.createElement('li');
    item.textContent = `${company.name}: ${company.summary.text}`;
    list.append(item);
  }
}

void showCompanies();
