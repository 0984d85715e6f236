import { diag, DiagLogLevel, type DiagLogger } from "@opentelemetry/api";
import { tracingDecision } from "./env.js";
import { handPropagationToSdk, installPropagation } from "./propagation.js";

/** The part of a pino logger telemetry writes to. */
export interface TelemetryLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  debug(obj: object, msg: string): void;
}

export interface TelemetryOptions {
  /** service.name of the exported spans, unless OTEL_SERVICE_NAME says otherwise. */
  serviceName: string;
  logger?: TelemetryLogger;
  /**
   * With tracing off, still pass trace context from incoming message headers on to the next hop
   * (default true). A process with no message bus (standalone) has nothing to pass on, and leaves
   * out the context manager, whose promise hooks cost CPU on every request.
   */
  propagateWhenOff?: boolean;
}

export interface Telemetry {
  /** Whether spans are exported. */
  readonly enabled: boolean;
  /** Flushes the spans still queued and stops exporting (bounded, for graceful shutdown). */
  shutdown(): Promise<void>;
}

const SHUTDOWN_LIMIT_MS = 5000;

/** Routes the SDK's own warnings (failed exports, bad settings) to the service log. */
function diagLogger(log: TelemetryLogger): DiagLogger {
  const line = (write: (obj: object, msg: string) => void) => (message: string, ...args: unknown[]) =>
    write.call(log, args.length > 0 ? { details: args.map((a) => (a instanceof Error ? a.message : a)) } : {}, `otel: ${message}`);
  return { error: line(log.warn), warn: line(log.warn), info: line(log.debug), debug: line(log.debug), verbose: line(log.debug) };
}

/**
 * Starts tracing as the standard OTEL_* environment variables say (exporter, OTLP endpoint,
 * protocol, headers, sampler, batch settings, resource attributes). Off unless an OTLP endpoint or
 * OTEL_TRACES_EXPORTER is set; OTEL_SDK_DISABLED=true turns it off. Either way the W3C propagator
 * and the async context manager are installed, so trace context arriving in message headers flows
 * on through this process. Only traces: metrics and logs are not exported by the SDK.
 */
export async function startTelemetry(opts: TelemetryOptions): Promise<Telemetry> {
  const env = process.env;
  const decision = tracingDecision(env);
  if (!decision.enabled) {
    if (opts.propagateWhenOff !== false) await installPropagation();
    opts.logger?.debug({ reason: decision.reason }, "tracing off");
    return { enabled: false, shutdown: async () => undefined };
  }
  // Loaded only when used: the SDK and its exporters take a noticeable time to import.
  const { NodeSDK } = await import("@opentelemetry/sdk-node");
  if (opts.logger && !env.OTEL_LOG_LEVEL) diag.setLogger(diagLogger(opts.logger), DiagLogLevel.WARN);
  const sdk = new NodeSDK({
    ...(env.OTEL_SERVICE_NAME ? {} : { serviceName: opts.serviceName }),
    instrumentations: [],
    metricReaders: [],
    logRecordProcessors: [],
  });
  handPropagationToSdk();
  sdk.start();
  opts.logger?.info(
    {
      endpoint: env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_ENDPOINT ?? null,
      exporter: env.OTEL_TRACES_EXPORTER ?? "otlp",
      protocol: env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL ?? "http/protobuf",
    },
    "tracing on",
  );
  let stopped: Promise<void> | null = null;
  return {
    enabled: true,
    shutdown() {
      stopped ??= (async () => {
        let timer: NodeJS.Timeout | undefined;
        const limit = new Promise<void>((resolve) => {
          timer = setTimeout(() => {
            opts.logger?.warn({ limitMs: SHUTDOWN_LIMIT_MS }, "tracing shutdown cut short");
            resolve();
          }, SHUTDOWN_LIMIT_MS);
        });
        try {
          await Promise.race([sdk.shutdown(), limit]);
        } catch (err) {
          opts.logger?.warn({ err }, "tracing shutdown failed");
        } finally {
          clearTimeout(timer);
        }
      })();
      return stopped;
    },
  };
}
