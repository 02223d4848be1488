import fs from 'node:fs';
import path from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(scope: string): Logger;
}

export interface LogSink {
  write(line: string): void;
}

const SECRET_KEY = /pin|password|passwd|secret|token|authorization/i;

/** Replaces values under secret-looking keys, at any depth, so a PIN can never reach a log line. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[k] = SECRET_KEY.test(k) ? '[redacted]' : redact(v, depth + 1);
  }
  return out;
}

export function createLogger(sinks: LogSink[], minLevel: LogLevel = 'info', scope = 'app'): Logger {
  const emit = (level: LogLevel, msg: string, fields?: Record<string, unknown>) => {
    if (LEVELS[level] < LEVELS[minLevel]) return;
    const line = JSON.stringify({
      t: new Date().toISOString(),
      level,
      scope,
      msg,
      ...(fields ? (redact(fields) as Record<string, unknown>) : {}),
    });
    for (const sink of sinks) sink.write(line + '\n');
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (child) => createLogger(sinks, minLevel, `${scope}.${child}`),
  };
}

/** Appends to `<dataDir>/logs/vanthu.log`; opened once, synchronous so a crash keeps the last line. */
export function fileSink(dataDir: string): LogSink & { close(): void } {
  const dir = path.join(dataDir, 'logs');
  fs.mkdirSync(dir, { recursive: true });
  const fd = fs.openSync(path.join(dir, 'vanthu.log'), 'a');
  let open = true;
  return {
    write: (line) => {
      if (open) fs.writeSync(fd, line);
    },
    close: () => {
      if (open) fs.closeSync(fd);
      open = false;
    },
  };
}

export const silentLogger: Logger = createLogger([], 'error');
