/**
 * Takes the sidebar's whole rendering out of the document in one step, for the side panel's change
 * of tab (issue 13), and puts it back in a later task.
 *
 * Why not leave it to Preact: swapping a session for the "checking" notice makes Preact run every
 * component's cleanup first and remove the DOM last, so the words stayed in the document for the
 * whole render (traced: 10 to 20 ms of hook cleanups, then Blink's removal of the tree). Taken out
 * here first, the words leave the document with one removal, in the task the event arrives in.
 * Preact then renders into the detached container in that same task (every change it makes stays
 * inside it), and the container goes back in a later task, by when it holds only what the render
 * for the change shows: the notice, the hidden screen or today's list, never the session set aside.
 * Call it before the change that makes Preact render, so its task is the later one.
 */
export function takeOutUntilRendered(root: HTMLElement): void {
  // Already out: the return scheduled then comes after this change's render too.
  if (!root.isConnected) return;
  // For the bench (tests/bench/panel-follow.ts): from here to the words out of the DOM is the removal.
  performance.mark('coplan:taking-out');
  const spot = document.createComment('Coplan: checking whose record this tab shows');
  root.replaceWith(spot);
  setTimeout(() => spot.replaceWith(root));
}
