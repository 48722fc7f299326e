// Runs of digit groups joined by short separators ("4111/1111/1111/1111", "0612 34 56 78"), found in one linear
// scan; the card and phone rules then look only at bounded windows of a run.

export interface DigitGroup {
  start: number;
  end: number;
  /** What joins it to the group before, spaces dropped (" " when only spaces, "" for a run's first group). */
  sep: string;
}

/** Characters that may separate the groups of one number; at most MAX_GAP of them between two groups. */
const SEPARATOR = new Set([' ', '\t', '\n', '.', ',', '-', '/', '_', '\\', '|', '·', '–', '—', '(', ')', '[', ']', '+']);
const MAX_GAP = 3;

const isDigit = (c: number) => c >= 48 && c <= 57;

function allSeparators(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) if (!SEPARATOR.has(gap[i]!)) return false;
  return true;
}

function separatorKey(gap: string): string {
  const key = gap.replace(/\s+/g, '');
  return key === '' ? ' ' : key;
}

/** Every run of digit groups in the text, each group with the separator before it. */
export function digitRuns(text: string): DigitGroup[][] {
  const runs: DigitGroup[][] = [];
  let run: DigitGroup[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    const prevEnd = run.length ? run[run.length - 1]!.end : -1;
    const gap = prevEnd >= 0 ? text.slice(prevEnd, start) : '';
    if (run.length && gap.length <= MAX_GAP && gap.length > 0 && allSeparators(gap)) {
      run.push({ start, end: i, sep: separatorKey(gap) });
    } else {
      if (run.length) runs.push(run);
      run = [{ start, end: i, sep: '' }];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}
