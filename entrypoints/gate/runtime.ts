// The gate reaches the background through the browser's own runtime API, not through
// webextension-polyfill as the rest of the extension does. The gate runs on every page, and the
// polyfill's set-up (it wraps the whole API) would be paid on every one of them for the two calls
// the gate makes, which both browsers already offer natively: a promise-returning sendMessage
// (Chrome since MV3, Firefox's `browser`), and a listener that answers through sendResponse.

/** The part of runtime the gate uses. */
export interface GateRuntime {
  /** Undefined once the extension is gone (Chrome); Firefox throws on access instead. */
  readonly id: string | undefined;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | undefined): void;
  };
}

/** Firefox's promise-based `browser`, else Chrome's `chrome`. */
export function nativeRuntime(): GateRuntime {
  const global = globalThis as { browser?: { runtime?: GateRuntime }; chrome?: { runtime?: GateRuntime } };
  return (global.browser?.runtime?.id ? global.browser.runtime : global.chrome!.runtime)!;
}

/** Adds a listener whose answer, when it has one, is a promise: given to sendResponse once it
 *  settles (a rejection answers nothing), which works alike in both browsers. */
export function answerMessages(runtime: GateRuntime, answer: (message: unknown) => Promise<unknown> | undefined): void {
  runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const reply = answer(message);
    if (!reply) return undefined;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}
