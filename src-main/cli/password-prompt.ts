import { appError } from '../../src-shared/rpc/errors';

/**
 * Reads a password from the terminal without echo (raw mode), or one line from a piped stdin.
 * Never from the command line: arguments are visible to every user of the machine (ps).
 */
export function readPassword(prompt: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let text = '';
    const tty = stdin.isTTY;
    if (tty) {
      process.stderr.write(prompt);
      stdin.setRawMode(true);
    }
    stdin.setEncoding('utf8');
    const done = (err: Error | null) => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      if (tty) {
        stdin.setRawMode(false);
        process.stderr.write('\n');
      }
      stdin.pause();
      if (err) reject(err);
      else resolve(text);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\n' || ch === '\r') return done(null);
        if (ch === '\u0003') return done(appError('cli.passwordCancelled'));
        if (ch === '\u007f' || ch === '\b') text = text.slice(0, -1);
        else text += ch;
        if (text.length > 256) return done(appError('cli.passwordTooLong'));
      }
    };
    const onEnd = () => (text ? done(null) : done(appError('cli.passwordMissing')));
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.resume();
  });
}
