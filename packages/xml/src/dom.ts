import type { XmlAttribute, XmlElement, XmlNode } from "./types.js";

/** Child elements, optionally only those with this namespace (null = no namespace) and local name. */
export function childElements(el: XmlElement, namespace?: string | null, localName?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (c.type !== "element") continue;
    if (namespace !== undefined && c.namespace !== namespace) continue;
    if (localName !== undefined && c.localName !== localName) continue;
    out.push(c);
  }
  return out;
}

/** The first child element with this namespace and local name, or null. */
export function firstChildElement(el: XmlElement, namespace: string | null, localName: string): XmlElement | null {
  for (const c of el.children) {
    if (c.type === "element" && c.namespace === namespace && c.localName === localName) return c;
  }
  return null;
}

/** An attribute's value by local name and namespace (null = an unprefixed attribute), or null. */
export function getAttribute(el: XmlElement, localName: string, namespace: string | null = null): string | null {
  return findAttribute(el, localName, namespace)?.value ?? null;
}

export function findAttribute(el: XmlElement, localName: string, namespace: string | null = null): XmlAttribute | undefined {
  return el.attributes.find((a) => a.localName === localName && a.namespace === namespace);
}

/** Concatenated text and CDATA of a node and its descendants. */
export function textContent(node: XmlNode): string {
  switch (node.type) {
    case "text":
    case "cdata":
      return node.value;
    case "element": {
      let s = "";
      for (const c of node.children) if (c.type !== "comment" && c.type !== "pi") s += textContent(c);
      return s;
    }
    default:
      return "";
  }
}

/** A deep copy that shares nothing with the original. */
export function cloneElement(el: XmlElement): XmlElement {
  return {
    type: "element",
    name: el.name,
    prefix: el.prefix,
    localName: el.localName,
    namespace: el.namespace,
    attributes: el.attributes.map((a) => ({ ...a })),
    namespaces: el.namespaces.map((d) => ({ ...d })),
    children: el.children.map((c) => (c.type === "element" ? cloneElement(c) : { ...c })),
  };
}

/** Builds an element; `prefix` is only the spelling, the namespace is what it means. */
export function createElement(
  namespace: string | null,
  localName: string,
  init?: { prefix?: string; attributes?: Array<{ localName: string; value: string; namespace?: string | null; prefix?: string }>; children?: XmlNode[] },
): XmlElement {
  const prefix = namespace === null ? "" : (init?.prefix ?? "");
  return {
    type: "element",
    name: prefix === "" ? localName : `${prefix}:${localName}`,
    prefix,
    localName,
    namespace,
    attributes: (init?.attributes ?? []).map((a) => {
      const ns = a.namespace ?? null;
      const p = ns === null ? "" : (a.prefix ?? "");
      return { name: p === "" ? a.localName : `${p}:${a.localName}`, prefix: p, localName: a.localName, namespace: ns, value: a.value };
    }),
    namespaces: [],
    children: init?.children ?? [],
  };
}
