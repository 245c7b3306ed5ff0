// The reader reaches the background through the browser's own runtime API, not through
// webextension-polyfill as the background and the extension's pages do (the lead's reading
// touches no API at all). The polyfill wraps the whole API, and its set-up would be paid on every
// page the reader runs on for the few calls it makes, which both browsers already offer natively: a promise-returning sendMessage (Chrome since
// MV3, Firefox's `browser`), and a listener that answers through sendResponse.

/** The part of runtime the reader uses. */
export interface ScriptRuntime {
  /** Undefined once the extension is gone (Chrome); Firefox throws on access instead. */
  readonly id: string | undefined;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | undefined): void;
  };
}

/** Firefox's promise-based `browser`, else Chrome's `chrome`. */
export function nativeRuntime(): ScriptRuntime {
  const global = globalThis as { browser?: { runtime?: ScriptRuntime }; chrome?: { runtime?: ScriptRuntime } };
  return (global.browser?.runtime?.id ? global.browser.runtime : global.chrome!.runtime)!;
}

/** Adds a listener whose answer, when it has one, is a promise: given to sendResponse once it
 *  settles (a rejection answers nothing), which works alike in both browsers. */
export function answerMessages(runtime: ScriptRuntime, answer: (message: unknown) => Promise<unknown> | undefined): void {
  runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const reply = answer(message);
    if (!reply) return undefined;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}

/** True once this copy of a script has lost its extension (updated, disabled or removed): its
 *  runtime has no id any more, or (Firefox) touching it throws. */
export function extensionGone(runtime: ScriptRuntime): boolean {
  try {
    return !runtime.id;
  } catch {
    return true;
  }
}
