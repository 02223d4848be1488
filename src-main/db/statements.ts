import type { Statement } from 'better-sqlite3';
import type { Sqlite } from './open';

/** Prepared statements cached by their SQL text: each repo prepares a query once per connection. */
export function statementCache(sqlite: Sqlite): (sql: string) => Statement {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let s = cache.get(sql);
    if (!s) {
      s = sqlite.prepare(sql);
      cache.set(sql, s);
    }
    return s;
  };
}
