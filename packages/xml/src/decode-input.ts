import { XmlError } from "./errors.js";

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Turns the input into text: enforces the size limit before any work, refuses UTF-16 and
 * invalid UTF-8 and drops a byte order mark.
 */
export function decodeInput(input: Uint8Array | string, maxBytes: number): string {
  if (typeof input === "string") {
    // Every UTF-16 unit is at least one UTF-8 byte, so the cheap length test comes first.
    if (input.length > maxBytes || Buffer.byteLength(input, "utf8") > maxBytes) tooLarge(maxBytes);
    return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  }
  if (input.byteLength > maxBytes) tooLarge(maxBytes);
  if (input.byteLength >= 2 && ((input[0] === 0xfe && input[1] === 0xff) || (input[0] === 0xff && input[1] === 0xfe))) {
    throw new XmlError("encoding", "UTF-16 documents are not supported (only UTF-8)", { line: 1, column: 1, offset: 0 });
  }
  try {
    // The decoder strips a UTF-8 byte order mark.
    return UTF8.decode(input);
  } catch (cause) {
    const offset = firstInvalidUtf8(input);
    throw new XmlError("encoding", "invalid UTF-8 byte sequence", bytePosition(input, offset), { cause });
  }
}

function tooLarge(maxBytes: number): never {
  throw new XmlError("limit", `document larger than ${maxBytes} bytes`, { line: 1, column: 1, offset: 0 });
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (RFC 3629 4). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    // A sequence cut off by the end of the input.
    if (i + n >= b.length) return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if ((cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}

function bytePosition(b: Uint8Array, offset: number): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (b[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}
