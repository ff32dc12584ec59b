// One request at a time on the store. A DuckDB connection runs one statement at a time, and an ingest
// holds a transaction across many statements: a read slipped in between would run inside it. So every
// route takes its turn here; requests are short, and only POST /api/ingest holds the turn for long.
export class Exclusive {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
