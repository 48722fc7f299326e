// Structured logging: one JSON object per line on stdout. Callers pass only ids, routes and figures, never
// request bodies, so personal data cannot reach the log.
export type LogEntry = Record<string, string | number | boolean | undefined | null>;
export type Logger = (entry: LogEntry) => void;

export const stdoutLogger: Logger = (entry) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
};

export const silentLogger: Logger = () => {};
