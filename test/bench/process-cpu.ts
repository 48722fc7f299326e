// A process's CPU time (user + system) from /proc, so the bench can charge each route the server's own CPU per
// answer, apart from the load generator sharing the machine.
import { readFileSync } from 'node:fs';

/** Clock ticks a second in /proc/<pid>/stat: 100 on Linux's usual builds (getconf CLK_TCK). */
const TICKS_PER_SECOND = 100;

/** Microseconds of CPU the processes have used so far. */
export function cpuMicros(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces; the fields after its closing parenthesis do not. utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks / TICKS_PER_SECOND) * 1e6;
}
