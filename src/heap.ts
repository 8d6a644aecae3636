// Gives the garbage of a one-off burst back to the system. After a large
// catch-up sweep (hundreds of messages planned and sent after a start) about
// 90 MB of dead objects sit in V8's old generation: nothing allocates enough
// afterwards to start a major collection, so an idle server keeps them
// resident for as long as it stays idle (measured on the large committee:
// 296 MB resident, 206 MB after one collection). `npm start` runs Node with
// --expose-gc for this; without it (tests, tsx scripts) this does nothing.

/** Sent and planned messages in one sweep from which its garbage is worth a full collection (~50 ms). */
export const BURST_MESSAGES = 100;

export function collectAfterBurst(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return;
  gc();
  // The first collection's sweeping finishes on helper threads; the pages it
  // frees are given back to the system by the next one.
  setTimeout(gc, 1000).unref();
}
