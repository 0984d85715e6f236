import { ConfigError, loadConfig, type PresenceConfig } from "@presence/config";
import { createLogger, type Logger } from "@presence/log";

export interface RunningService {
  /** Graceful stop on SIGTERM/SIGINT. */
  close(): Promise<void>;
}

/**
 * The common main of every service: configuration from file + PRESENCE_* env (a bad value stops
 * start-up naming the key), a pino logger, and a graceful stop on SIGTERM.
 */
export function runService(name: string, start: (config: PresenceConfig, logger: Logger) => Promise<RunningService>): void {
  let config: PresenceConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`configuration error: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger({ name, level: config.log_level, base: { service: name } });
  start(config, logger).then(
    (svc) => {
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, "shutting down: finishing in-flight work");
        svc.close().then(
          () => process.exit(0),
          (err: unknown) => {
            logger.error({ err }, "shutdown failed");
            process.exit(1);
          },
        );
      };
      process.on("SIGTERM", () => stop("SIGTERM"));
      process.on("SIGINT", () => stop("SIGINT"));
    },
    (err: unknown) => {
      logger.fatal({ err }, `${name} failed to start`);
      process.exit(1);
    },
  );
}
