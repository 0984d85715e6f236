export { XmlError, type XmlErrorCode, type XmlPosition } from "./errors.js";
export type {
  XmlAttribute,
  XmlCData,
  XmlComment,
  XmlDeclaration,
  XmlDocument,
  XmlElement,
  XmlNamespaceDecl,
  XmlNamespaceScope,
  XmlNode,
  XmlParseOptions,
  XmlProcessingInstruction,
  XmlText,
} from "./types.js";
export { DEFAULT_PARSE_LIMITS, parseXml, tryParseXml, type XmlParseResult } from "./parser.js";
export {
  collectNamespaceBindings,
  escapeAttr,
  escapeText,
  serializeDocument,
  serializeElement,
  serializeNode,
  type XmlSerializeOptions,
} from "./serializer.js";
export { childElements, cloneElement, createElement, findAttribute, firstChildElement, getAttribute, textContent } from "./dom.js";
export { XML_NS, XMLNS_NS } from "./chars.js";
