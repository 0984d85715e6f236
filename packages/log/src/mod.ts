import { trace } from "@opentelemetry/api";
import { pino, type Logger, type LevelWithSilent } from "pino";

export type { Logger } from "pino";

export interface LoggerOptions {
  name: string;
  level?: LevelWithSilent;
  /** Extra fields bound to every line (service, replica id...). */
  base?: Record<string, unknown>;
}

/**
 * Kamailio's local_log_level numbers (L_ALERT=-5, L_BUG=-4, L_CRIT2=-3, L_CRIT=-2, L_ERR=-1,
 * L_WARN=0, L_NOTICE=1, L_INFO=2, L_DBG=3) mapped onto pino's levels.
 */
export function levelFromKamailio(n: number): LevelWithSilent {
  if (n <= -2) return "fatal";
  if (n === -1) return "error";
  if (n === 0) return "warn";
  if (n === 1 || n === 2) return "info";
  return "debug";
}

/** trace_id/span_id of the span active when the line is written, so logs join their trace. */
export function traceFields(): { trace_id?: string; span_id?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const c = span.spanContext();
  return trace.isSpanContextValid(c) ? { trace_id: c.traceId, span_id: c.spanId } : {};
}

export function createLogger(opts: LoggerOptions): Logger {
  const level = opts.level ?? (process.env.LOG_LEVEL as LevelWithSilent | undefined) ?? "info";
  return pino({ name: opts.name, level, base: { pid: process.pid, ...opts.base }, mixin: traceFields });
}

/** A logger that writes nothing: for unit tests and library defaults. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
