/**
 * Runs tasks one after another in submission order without making the submitter wait. Rooms use
 * it so that `onChange` sees a document's updates in the order they were applied (an append-only
 * log depends on that) while the socket that sent them is not held up by the database.
 * Tasks must not reject; the hooks runner already turns failures into log lines.
 */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  run(task: () => Promise<void>): void {
    this.tail = this.tail.then(task);
  }

  /** Resolves once every task submitted so far has finished. */
  idle(): Promise<void> {
    return this.tail;
  }
}
