// Documents the bot hands out by link or after a chat client's consent: kept
// in memory for a while and served at GET /files by signed, expiring URLs.
// Teams takes no file from a bot in a channel or group chat (only through
// SharePoint), and in a personal chat only after the user accepts a consent
// card, possibly much later; both need the bytes held somewhere until then.
//
// Memory, not the database: the documents are drafts regenerated on demand,
// so a link that outlives its process answers 410 and the person asks again.
// The signing key is made per process for the same reason.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Clock } from "../clock.ts";
import type { RouteHandler } from "./server.ts";

export const FILES_ROUTE = "GET /files";

/** How long a link (and a consent card's offer) stays good. */
export const LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Bytes held at most; the oldest documents go first. Drafts are tens of KB. */
export const MAX_HELD_BYTES = 64 * 1024 * 1024;

export interface SharedFile {
  filename: string;
  mediaType: string;
  content: Uint8Array;
}

export interface SharedFiles {
  /** Holds the file until it expires; its id. */
  keep(file: SharedFile): string;
  /** The held file, while it has not expired. */
  get(id: string): SharedFile | undefined;
  /** Drops a held file (a consent declined, or a file uploaded to the user's OneDrive). */
  drop(id: string): void;
  /** A signed URL for the held file, good until the file expires. */
  link(id: string): string;
  route: RouteHandler;
}

export interface SharedFilesOptions {
  clock: Clock;
  /** The bot's base URL as users' browsers reach it, e.g. https://rapporteur.example.org */
  publicUrl: string;
  lifetimeMs?: number;
  maxBytes?: number;
}

interface Held extends SharedFile {
  expires: number;
}

/** A header-safe filename plus the exact one in RFC 5987 form. */
function disposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function sharedFiles(options: SharedFilesOptions): SharedFiles {
  const { clock, lifetimeMs = LINK_LIFETIME_MS, maxBytes = MAX_HELD_BYTES } = options;
  const base = options.publicUrl.replace(/\/+$/, "");
  const key = randomBytes(32);
  // Map order is insertion order: the first entries are the oldest.
  const held = new Map<string, Held>();
  let bytes = 0;

  const sign = (id: string, expires: number) =>
    createHmac("sha256", key).update(`${id}.${expires}`).digest("base64url");

  function drop(id: string): void {
    const file = held.get(id);
    if (!file) return;
    bytes -= file.content.length;
    held.delete(id);
  }

  function get(id: string): Held | undefined {
    const file = held.get(id);
    if (file && file.expires <= clock.now().getTime()) {
      drop(id);
      return undefined;
    }
    return file;
  }

  function validSignature(id: string, expires: number, signature: string): boolean {
    const expected = Buffer.from(sign(id, expires));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  const route: RouteHandler = (request, response) => {
    const query = new URL(request.url ?? "/", "http://localhost").searchParams;
    const id = query.get("id") ?? "";
    const expires = Number(query.get("exp"));
    const answer = (status: number, text: string) => {
      response.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
      response.end(text);
    };
    if (!Number.isSafeInteger(expires) || !validSignature(id, expires, query.get("sig") ?? "")) {
      answer(403, "This link is not valid.");
      return;
    }
    const file = expires > clock.now().getTime() ? get(id) : undefined;
    if (!file) {
      answer(410, "This link has expired. Ask Rapporteur for the document again.");
      return;
    }
    response.writeHead(200, {
      "content-type": file.mediaType,
      "content-length": file.content.length,
      "content-disposition": disposition(file.filename),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    });
    response.end(file.content);
  };

  return {
    keep(file) {
      const id = randomBytes(16).toString("hex");
      held.set(id, { ...file, expires: clock.now().getTime() + lifetimeMs });
      bytes += file.content.length;
      for (const oldest of held.keys()) {
        if (bytes <= maxBytes || oldest === id) break;
        drop(oldest);
      }
      return id;
    },
    get,
    drop,
    link(id) {
      const expires = held.get(id)?.expires ?? clock.now().getTime();
      return `${base}/files?id=${id}&exp=${expires}&sig=${sign(id, expires)}`;
    },
    route,
  };
}
