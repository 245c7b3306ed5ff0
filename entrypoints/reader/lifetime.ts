// How long the reader holds a page: until the extension that loaded it goes away (updated,
// disabled or removed). This is the part of WXT's ContentScriptContext the reader used. The rest
// of that class (an event announcing each script, listeners for newer copies, an address
// watcher) made up most of the fifth of a millisecond the context cost on every page the reader
// loads into (see bench/RESULTS.md). The reader does without them: it tells a navigation from its
// page's changes itself (see reader.ts).
//
// A copy whose extension has gone is not told; it finds out the next time it is woken (a timer,
// a page event, a message) and ends then: its timers and listeners go, and its onEnd callbacks
// take back what it left on the page. A newer copy's marks, if it removes them, are put back by
// that copy's own next scan, since removing them is a change to the page.
import { extensionGone, type ScriptRuntime } from '../../content/runtime';

// An AbortController would hold the listeners and callbacks as well, but its interfaces are set
// up afresh in the script's world on every page, about 0.04 ms of the reader's start; a list of
// callbacks costs nothing to set up.
export class Lifetime {
  private ended = false;
  private readonly endings: (() => void)[] = [];
  private readonly timers = new Set<number>();

  constructor(private readonly runtime: ScriptRuntime) {
    this.onEnd(() => {
      for (const id of this.timers) window.clearTimeout(id);
      this.timers.clear();
    });
  }

  /** False once ended; a lifetime whose extension has gone is ended first. */
  get isValid(): boolean {
    if (!this.ended && extensionGone(this.runtime)) this.end();
    return !this.ended;
  }

  onEnd(callback: () => void): void {
    this.endings.push(callback);
  }

  /** window.setTimeout, run only while the lifetime lasts. */
  setTimeout(run: () => void, ms: number): number {
    const id = window.setTimeout(() => {
      this.timers.delete(id);
      if (this.isValid) run();
    }, ms);
    this.timers.add(id);
    return id;
  }

  clearTimeout(id: number | undefined): void {
    if (id === undefined) return;
    window.clearTimeout(id);
    this.timers.delete(id);
  }

  /** An event listener that is removed when the lifetime ends, and not called after. */
  listen<E extends Event>(target: EventTarget, type: string, listener: (event: E) => void, options: AddEventListenerOptions = {}): void {
    const listening = (event: Event) => {
      if (this.isValid) listener(event as E);
    };
    target.addEventListener(type, listening, options);
    this.onEnd(() => target.removeEventListener(type, listening, options));
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const callback of this.endings.splice(0)) callback();
  }
}
