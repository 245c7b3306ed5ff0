// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Lifetime } from './lifetime';
import type { ScriptRuntime } from '../../content/runtime';

/** A runtime whose extension can be taken away, as an update or removal does. */
function runtimeOf(id: string | undefined) {
  return { id, sendMessage: async () => undefined, onMessage: { addListener() {} } } as ScriptRuntime & { id: string | undefined };
}

describe("the reader's lifetime on a page", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs timers and listeners while its extension is there', async () => {
    const life = new Lifetime(runtimeOf('ext'));
    const ran = vi.fn();
    const heard = vi.fn();
    life.setTimeout(ran, 10);
    life.listen(document, 'click', heard);
    await vi.advanceTimersByTimeAsync(10);
    document.body.click();
    expect(ran).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(life.isValid).toBe(true);
  });

  it('ends when woken after its extension has gone: no timer or listener runs, onEnd takes back its work', async () => {
    const runtime = runtimeOf('ext');
    const life = new Lifetime(runtime);
    const ran = vi.fn();
    const heard = vi.fn();
    const cleanUp = vi.fn();
    life.onEnd(cleanUp);
    life.setTimeout(ran, 10);
    life.listen(document, 'click', heard);
    runtime.id = undefined;
    document.body.click();
    expect(heard).not.toHaveBeenCalled();
    expect(cleanUp).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10);
    expect(ran).not.toHaveBeenCalled();
    expect(life.isValid).toBe(false);
    expect(cleanUp).toHaveBeenCalledTimes(1);
  });

  it('ends when touching the runtime throws, as it does in Firefox once the extension is gone', () => {
    const runtime = runtimeOf('ext');
    const life = new Lifetime(runtime);
    Object.defineProperty(runtime, 'id', {
      get() {
        throw new Error("Can't access dead object");
      },
    });
    expect(life.isValid).toBe(false);
  });

  it('clears a timer it was asked to clear, and every pending one when it ends', async () => {
    const life = new Lifetime(runtimeOf('ext'));
    const cleared = vi.fn();
    const pending = vi.fn();
    life.clearTimeout(life.setTimeout(cleared, 10));
    life.setTimeout(pending, 20);
    life.end();
    await vi.advanceTimersByTimeAsync(20);
    expect(cleared).not.toHaveBeenCalled();
    expect(pending).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
