/** The one-line logger the local stack reports through (console by default). */
export interface LocalLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const consoleLogger: LocalLogger = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
  error: (message) => console.error(message),
};

export const silentLogger: LocalLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** An error as the local logs show it: its stack when it has one. */
export const errorText = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));
