// npm run eval:moderation [-- --corpus FILE] [-- --verbose] — scores the pipeline per category (cases, passes,
// recall, false alarms on innocent cases) on the labelled corpus, and on Presidio's recognizer test vectors.
// Exits 1 when a bar of corpusBars() is missed, or a Presidio `expected` substring is left.
import { fileURLToPath } from 'node:url';
import { corpusBars, loadJson, scoreCorpus, scorePresidio, type CorpusCase } from './moderation-eval';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes('--verbose');
const corpusPath = option('--corpus') ?? fileURLToPath(new URL('../../test/fixtures/moderation-corpus.json', import.meta.url));
const presidioPath =
  option('--presidio') ?? fileURLToPath(new URL('../../test/fixtures/third-party/presidio-pii-vectors.json', import.meta.url));

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const { cases } = loadJson<{ cases: CorpusCase[] }>(corpusPath);
const scores = scoreCorpus(cases);

console.log(`Corpus ${corpusPath} (${cases.length} cases)\n`);
console.log('category     cases  passes  recall               innocent  false alarms');
for (const s of scores) {
  const recall = s.expected ? `${pct(s.found, s.expected)} (${s.found}/${s.expected})` : '—';
  const alarms = s.innocent ? `${pct(s.falseAlarms, s.innocent)} (${s.falseAlarms})` : s.falseAlarms ? String(s.falseAlarms) : '—';
  console.log(
    `${s.category.padEnd(12)} ${String(s.cases).padStart(5)}  ${String(s.passes).padStart(6)}  ${recall.padEnd(20)} ${String(s.innocent).padStart(8)}  ${alarms}`,
  );
}
for (const s of scores) for (const f of s.failures.slice(0, verbose ? Infinity : 5)) console.log(`  ✗ ${f.id}: ${f.why}`);

let presidioOk: boolean;
try {
  const presidio = scorePresidio(loadJson<{ cases: Parameters<typeof scorePresidio>[0] }>(presidioPath).cases);
  const expected = presidio.reduce((n, p) => n + p.expected, 0);
  const removed = presidio.reduce((n, p) => n + p.removed, 0);
  presidioOk = removed === expected;
  console.log(`\nPresidio recognizer vectors: ${removed}/${expected} expected substrings removed`);
  for (const p of presidio) {
    console.log(
      `  ${p.entity.padEnd(14)} ${p.removed}/${p.expected} removed; negatives left without that kind removed: ${p.negativesKept}/${p.negatives}`,
    );
    for (const m of p.missed.slice(0, verbose ? Infinity : 5))
      console.log(`    ✗ ${JSON.stringify(m.text)} left ${JSON.stringify(m.left)}`);
  }
} catch (err) {
  presidioOk = false;
  console.log(`\nPresidio vectors not read from ${presidioPath}: ${(err as Error).message}`);
}

const bars = [
  ...corpusBars(scores),
  { label: 'every Presidio expected substring removed', shown: presidioOk ? 'yes' : 'no', ok: presidioOk },
];
console.log('');
for (const bar of bars) console.log(`${bar.ok ? 'PASS' : 'FAIL'}  ${bar.label}: ${bar.shown}`);
if (bars.some((bar) => !bar.ok)) process.exitCode = 1;
