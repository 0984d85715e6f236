/**
 * Rewrites the `version` attribute of the root element of a document built by a package's own
 * aggregation, which always writes it as the first attribute (`<root version="0" ...`), so no parse
 * is needed per watcher. A body of another shape is returned unchanged.
 */
export function withRootVersion(body: Buffer, rootName: string, version: number): Buffer {
  const text = body.toString("utf8");
  const open = `<${rootName} version="`;
  const start = text.indexOf(open);
  if (start < 0) return body;
  const valueStart = start + open.length;
  const valueEnd = text.indexOf('"', valueStart);
  if (valueEnd < 0 || !/^\d*$/.test(text.slice(valueStart, valueEnd))) return body;
  return Buffer.from(`${text.slice(0, valueStart)}${version}${text.slice(valueEnd)}`, "utf8");
}
