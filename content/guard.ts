// The content script runs inside other people's pages: no error of ours may reach them. Every
// entry point (listener, timer, message) goes through guard, which keeps the last few errors so
// the popup's page report (and the browser tests) can show that none happened.
import { timed } from './task-timing';

const MAX_KEPT = 10;

export const problems: string[] = [];

function keep(error: unknown) {
  if (problems.length >= MAX_KEPT) problems.shift();
  problems.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  console.debug('Crosscount:', error);
}

export function guard<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = timed(() => fn(...args));
      if (result instanceof Promise) result.catch(keep);
    } catch (error) {
      keep(error);
    }
  };
}
