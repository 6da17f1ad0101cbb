// Reads the entries of a ZIP file in the browser, so the staff page can show
// the error report (errors.ndjson) that comes inside the batch ZIP. Reads the
// central directory at the end of the file; entries are stored (as the server
// writes them) or deflated (unpacked with the browser's DecompressionStream).

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a ZIP: `[{ name, size, read() → Promise<Uint8Array> }]`. */
export function zipEntries(buffer) {
  const view = new DataView(buffer);
  let end = -1;
  // The end record is 22 bytes plus a comment of at most 65535.
  for (let i = buffer.byteLength - 22; i >= Math.max(0, buffer.byteLength - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("geen zip-bestand");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error("zip-bestand is beschadigd");
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(new Uint8Array(buffer, at + 46, nameLength));
    entries.push({
      name,
      size,
      async read() {
        if (view.getUint32(local, true) !== LOCAL) throw new Error("zip-bestand is beschadigd");
        const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
        const data = new Uint8Array(buffer, start, compressed);
        if (method === 0) return data;
        if (method !== 8) throw new Error(`onbekende compressie (${method})`);
        const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
        return new Uint8Array(await new Response(stream).arrayBuffer());
      },
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
