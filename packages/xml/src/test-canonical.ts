import type { XmlElement, XmlNode } from "./types.js";

/** What an element means, independent of prefixes and of where namespaces are declared. */
export interface CanonicalElement {
  ns: string | null;
  local: string;
  attrs: string[];
  children: Array<CanonicalElement | string>;
}

export function canonical(el: XmlElement): CanonicalElement {
  const children: Array<CanonicalElement | string> = [];
  let text = "";
  const flush = (): void => {
    if (text !== "") children.push(text);
    text = "";
  };
  const visit = (n: XmlNode): void => {
    if (n.type === "text" || n.type === "cdata") text += n.value;
    else if (n.type === "element") {
      flush();
      children.push(canonical(n));
    } else if (n.type === "comment") {
      flush();
      children.push(`<!--${n.value}-->`);
    } else {
      flush();
      children.push(`<?${n.target} ${n.data}?>`);
    }
  };
  el.children.forEach(visit);
  flush();
  return {
    ns: el.namespace,
    local: el.localName,
    attrs: el.attributes.map((a) => `{${a.namespace ?? ""}}${a.localName}=${a.value}`).sort(),
    children,
  };
}
