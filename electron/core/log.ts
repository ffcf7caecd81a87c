/**
 * Scoped logging for the core. Lines carry operation names, ids and error codes — never the content of
 * incidents, names or addresses (the register must not leak through its logs).
 */
export type Logger = { error: (message: string, error?: unknown) => void; info: (message: string) => void };

export function createLogger(scope: string, sink: Pick<Console, 'error' | 'info'> = console): Logger {
  return {
    error: (message, error) => sink.error(`[${scope}] ${message}`, error instanceof Error ? (error.stack ?? error.name) : ''),
    info: (message) => sink.info(`[${scope}] ${message}`),
  };
}
