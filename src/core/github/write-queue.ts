/**
 * Runs tasks one at a time, in submission order. GitHub asks integrations to make
 * content-creating requests serially rather than concurrently; the throttling plugin only
 * spaces their *starts*, so a slow write could still overlap the next one without this.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    // The next task waits for this one whether it succeeds or fails.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
