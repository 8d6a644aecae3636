// The change feed opened with each store, found from its client: every client
// is made by openStore (src/store/open.ts), which registers its feed here, so
// the read model of any store, in tests as in `npm start`, watches the same
// database signals.
import type { ChangeFeed } from "./change-feed.ts";

const feeds = new WeakMap<object, ChangeFeed>();

export function registerChangeFeed(db: object, feed: ChangeFeed): void {
  feeds.set(db, feed);
}

export function changeFeedOf(db: object): ChangeFeed {
  const feed = feeds.get(db);
  if (!feed) throw new Error("This database client was not opened by openStore, so it has no change feed.");
  return feed;
}
