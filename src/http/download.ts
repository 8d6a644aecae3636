// Downloads an uploaded document for an adapter, reading at most `maxBytes`
// (one more byte means "too large"), so a huge file is never held in memory.

export type Download = { ok: true; text: string } | { ok: false; tooLarge: boolean };

export async function downloadText(
  url: string,
  maxBytes: number,
  headers: Record<string, string> = {},
): Promise<Download> {
  const response = await fetch(url, { headers, redirect: "follow" }).catch(() => null);
  if (!response?.ok || !response.body) return { ok: false, tooLarge: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    // leaving the loop cancels the rest of the body
    if (size > maxBytes) return { ok: false, tooLarge: true };
    chunks.push(chunk);
  }
  // a BOM or a stray Windows-1252 byte must not cost the whole document
  return { ok: true, text: new TextDecoder("utf-8").decode(Buffer.concat(chunks)).replace(/^\uFEFF/, "") };
}
