/**
 * Adapts an async message handler to runtime.onMessage's sendResponse protocol, which every
 * browser supports (returning a promise from a listener is not yet universal). A handler that
 * returns undefined leaves the message for another listener.
 */
export function respondWith<S>(
  handler: (raw: unknown, sender: S) => Promise<unknown> | undefined,
): (raw: unknown, sender: S, sendResponse: (reply: unknown) => void) => boolean {
  return (raw, sender, sendResponse) => {
    const reply = handler(raw, sender);
    if (!reply) return false;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
}
