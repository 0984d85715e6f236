import { pino, type Logger, type LevelWithSilent } from "pino";

export type { Logger } from "pino";

export interface LoggerOptions {
  name: string;
  level?: LevelWithSilent;
  /** Extra fields bound to every line (service, replica id...). */
  base?: Record<string, unknown>;
}

/** Kamailio's local_log_level uses syslog numbers (L_ALERT=-5 .. L_DBG=3); map them onto pino. */
export function levelFromKamailio(n: number): LevelWithSilent {
  if (n <= -3) return "fatal";
  if (n === -2) return "error";
  if (n === -1 || n === 0) return "warn";
  if (n === 1 || n === 2) return "info";
  return "debug";
}

export function createLogger(opts: LoggerOptions): Logger {
  const level = opts.level ?? (process.env.LOG_LEVEL as LevelWithSilent | undefined) ?? "info";
  return pino({ name: opts.name, level, base: { pid: process.pid, ...opts.base } });
}

/** A logger that writes nothing: for unit tests and library defaults. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
