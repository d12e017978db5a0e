/**
 * Keeps one Coplan sidebar on the demo page and mounts it again when the practice changes (the
 * sidebar reads its scenario and hints from its own address). Mounts run one at a time: aborting
 * a mount before it has finished would leave its frame behind.
 */
export function demoSidebar(mount: (signal: AbortSignal, frameQuery: string) => Promise<unknown>) {
  let wanted = '';
  let current: { query: string; controller: AbortController } | undefined;
  let queue: Promise<void> = Promise.resolve();
  return {
    show(frameQuery: string) {
      wanted = frameQuery;
      queue = queue
        .then(async () => {
          // A later choice supersedes this one, and an unchanged choice keeps the open sidebar.
          if (frameQuery !== wanted || current?.query === frameQuery) return;
          current?.controller.abort();
          current = { query: frameQuery, controller: new AbortController() };
          await mount(current.controller.signal, frameQuery);
        })
        .catch((error: unknown) => console.error('Coplan could not be mounted on the demo page', error));
    },
  };
}
