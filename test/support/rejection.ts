import { expect } from 'vitest';

/** The Error a promise rejects with; fails the test when it resolves or rejects with a non-Error. */
export async function rejection(p: Promise<unknown>): Promise<Error> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(Error);
  return e as Error;
}
