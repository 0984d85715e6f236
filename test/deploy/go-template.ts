// A renderer for the subset of Go text/template and Helm's functions that the presence chart uses,
// so the chart's templates can be rendered and checked without a helm binary. It follows Go's
// semantics where they bite (whitespace trim markers, truthiness, `and`/`or` short-circuit, `eq`
// refusing to compare an int with a float, float64 values from YAML printing like `%v`, e.g.
// 1e+06) and refuses everything else with a TemplateError rather than guessing: an unknown
// function, an unsupported action or a missing map key (strict, as `helm lint --strict`).
import { createHash } from "node:crypto";
import { stringify } from "yaml";

export class TemplateError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "TemplateError";
  }
}

/** `fail` / `required` in a template: the chart refused its values. */
export class TemplateFailError extends TemplateError {
  constructor(message: string) {
    super(message);
    this.name = "TemplateFailError";
  }
}

/** A Go integer (template literals, `int64`, `len`); plain JS numbers are float64, as Helm reads YAML. */
export class GoInt {
  constructor(
    readonly value: number,
    readonly kind: "int" | "int64" = "int",
  ) {}
}

export type Value = null | boolean | string | number | GoInt | Value[] | { [key: string]: Value };
type ValueMap = { [key: string]: Value };

// ------------------------------------------------------------------------------------------ lexing

type Token =
  | { t: "field"; names: string[] }
  | { t: "var"; name: string; names: string[] }
  | { t: "dot" }
  | { t: "ident"; name: string }
  | { t: "string"; value: string }
  | { t: "number"; raw: string }
  | { t: "open" }
  | { t: "close"; names: string[] }
  | { t: "pipe" }
  | { t: "declare" }
  | { t: "assign" }
  | { t: "comma" };

interface RawAction {
  tokens: Token[];
  line: number;
}
type Piece = { kind: "text"; text: string } | { kind: "action"; action: RawAction };

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const FIELD_CHAIN = /(?:\.[A-Za-z_][A-Za-z0-9_]*)+/y;

function lexAction(src: string, start: number, line: number, name: string): { tokens: Token[]; end: number; trimRight: boolean } {
  const tokens: Token[] = [];
  let i = start;
  const fail = (msg: string): never => {
    throw new TemplateError(`${name}:${line}: ${msg}`);
  };
  const chainAt = (pos: number): { names: string[]; next: number } => {
    FIELD_CHAIN.lastIndex = pos;
    const m = FIELD_CHAIN.exec(src);
    return m ? { names: m[0].slice(1).split("."), next: pos + m[0].length } : { names: [], next: pos };
  };
  for (;;) {
    if (i >= src.length) fail("unclosed action");
    const c = src[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      if (src.startsWith("-}}", i + 1)) return { tokens, end: i + 4, trimRight: true };
      i++;
      continue;
    }
    if (src.startsWith("}}", i)) return { tokens, end: i + 2, trimRight: false };
    if (c === "(") {
      tokens.push({ t: "open" });
      i++;
    } else if (c === ")") {
      const chain = chainAt(i + 1);
      tokens.push({ t: "close", names: chain.names });
      i = chain.next;
    } else if (c === "|") {
      tokens.push({ t: "pipe" });
      i++;
    } else if (c === ",") {
      tokens.push({ t: "comma" });
      i++;
    } else if (src.startsWith(":=", i)) {
      tokens.push({ t: "declare" });
      i += 2;
    } else if (c === "=") {
      tokens.push({ t: "assign" });
      i++;
    } else if (c === '"') {
      let j = i + 1;
      let out = "";
      while (j < src.length && src[j] !== '"') {
        if (src[j] === "\\") {
          const e = src[j + 1];
          const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", '"': '"', "\\": "\\" };
          if (e === undefined || map[e] === undefined) fail(`unsupported escape \\${e ?? ""}`);
          out += map[e!]!;
          j += 2;
        } else {
          if (src[j] === "\n") fail("newline in string");
          out += src[j];
          j++;
        }
      }
      if (j >= src.length) fail("unterminated string");
      tokens.push({ t: "string", value: out });
      i = j + 1;
    } else if (c === "`") {
      const j = src.indexOf("`", i + 1);
      if (j < 0) fail("unterminated raw string");
      tokens.push({ t: "string", value: src.slice(i + 1, j) });
      i = j + 1;
    } else if (/[0-9]/.test(c) || (c === "-" && /[0-9]/.test(src[i + 1] ?? ""))) {
      const m = /-?[0-9]+(\.[0-9]+)?/y;
      m.lastIndex = i;
      const raw = m.exec(src)![0];
      tokens.push({ t: "number", raw });
      i += raw.length;
    } else if (c === "$") {
      IDENT.lastIndex = i + 1;
      const m = IDENT.exec(src);
      const varName = m ? `$${m[0]}` : "$";
      const chain = chainAt(i + varName.length);
      tokens.push({ t: "var", name: varName, names: chain.names });
      i = chain.next;
    } else if (c === ".") {
      const chain = chainAt(i);
      if (chain.names.length === 0) {
        tokens.push({ t: "dot" });
        i++;
      } else {
        tokens.push({ t: "field", names: chain.names });
        i = chain.next;
      }
    } else {
      IDENT.lastIndex = i;
      const m = IDENT.exec(src);
      if (!m) fail(`unexpected character ${JSON.stringify(c)}`);
      tokens.push({ t: "ident", name: m![0] });
      i += m![0].length;
    }
  }
}

/** Splits a template into text and actions, applying the {{- and -}} whitespace trims. */
function split(src: string, name: string): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  let trimNextText = false;
  const lineAt = (pos: number) => src.slice(0, pos).split("\n").length;
  while (i <= src.length) {
    const open = src.indexOf("{{", i);
    let text = open < 0 ? src.slice(i) : src.slice(i, open);
    if (trimNextText) text = text.replace(/^[ \t\r\n]+/, "");
    trimNextText = false;
    if (open < 0) {
      if (text !== "") pieces.push({ kind: "text", text });
      break;
    }
    let p = open + 2;
    const trimLeft = src[p] === "-" && /[ \t\r\n]/.test(src[p + 1] ?? "");
    if (trimLeft) {
      text = text.replace(/[ \t\r\n]+$/, "");
      p += 2;
    }
    if (text !== "") pieces.push({ kind: "text", text });
    if (src.startsWith("/*", p)) {
      const close = src.indexOf("*/", p);
      if (close < 0) throw new TemplateError(`${name}:${lineAt(open)}: unclosed comment`);
      const rest = src.slice(close + 2);
      const m = rest.match(/^([ \t\r\n]+-)?}}/);
      if (!m) throw new TemplateError(`${name}:${lineAt(open)}: comment must end with */}} or */ -}}`);
      trimNextText = m[1] !== undefined;
      i = close + 2 + m[0].length;
      continue;
    }
    const line = lineAt(open);
    const { tokens, end, trimRight } = lexAction(src, p, line, name);
    pieces.push({ kind: "action", action: { tokens, line } });
    trimNextText = trimRight;
    i = end;
  }
  return pieces;
}

// ----------------------------------------------------------------------------------------- parsing

type Operand =
  | { k: "field"; names: string[] }
  | { k: "var"; name: string; names: string[] }
  | { k: "dot" }
  | { k: "ident"; name: string }
  | { k: "lit"; value: Value }
  | { k: "sub"; pipe: Pipeline; names: string[] };
interface Command {
  args: Operand[];
}
interface Pipeline {
  decl: { names: string[]; op: "declare" | "assign" } | null;
  cmds: Command[];
  line: number;
}
type Node =
  | { n: "text"; text: string }
  | { n: "action"; pipe: Pipeline }
  | { n: "if" | "with"; pipe: Pipeline; body: Node[]; orElse: Node[] }
  | { n: "range"; pipe: Pipeline; body: Node[]; orElse: Node[] };

class TokenStream {
  i = 0;
  constructor(
    readonly tokens: Token[],
    readonly where: string,
  ) {}
  peek(): Token | undefined {
    return this.tokens[this.i];
  }
  next(): Token | undefined {
    return this.tokens[this.i++];
  }
  fail(msg: string): never {
    throw new TemplateError(`${this.where}: ${msg}`);
  }
}

function parsePipeline(ts: TokenStream, stopAtClose: boolean): Pipeline {
  let decl: Pipeline["decl"] = null;
  // `$a := ...`, `$a = ...` or `$i, $v := ...`
  const save = ts.i;
  const names: string[] = [];
  while (ts.peek()?.t === "var") {
    const v = ts.next() as Extract<Token, { t: "var" }>;
    if (v.names.length > 0) break;
    names.push(v.name);
    const sep = ts.peek();
    if (sep?.t === "comma") {
      ts.next();
      continue;
    }
    if (sep?.t === "declare" || sep?.t === "assign") {
      ts.next();
      decl = { names, op: sep.t };
    }
    break;
  }
  if (decl === null) ts.i = save;
  const cmds: Command[] = [];
  let args: Operand[] = [];
  for (;;) {
    const tok = ts.peek();
    if (tok === undefined || (tok.t === "close" && stopAtClose)) break;
    ts.next();
    switch (tok.t) {
      case "pipe":
        if (args.length === 0) ts.fail("empty command in pipeline");
        cmds.push({ args });
        args = [];
        break;
      case "open": {
        const pipe = parsePipeline(ts, true);
        const close = ts.next();
        if (close?.t !== "close") ts.fail("unclosed (");
        args.push({ k: "sub", pipe, names: (close as Extract<Token, { t: "close" }>).names });
        break;
      }
      case "field":
        args.push({ k: "field", names: tok.names });
        break;
      case "var":
        args.push({ k: "var", name: tok.name, names: tok.names });
        break;
      case "dot":
        args.push({ k: "dot" });
        break;
      case "string":
        args.push({ k: "lit", value: tok.value });
        break;
      case "number":
        args.push({ k: "lit", value: tok.raw.includes(".") ? Number(tok.raw) : new GoInt(Number(tok.raw)) });
        break;
      case "ident":
        if (tok.name === "true" || tok.name === "false") args.push({ k: "lit", value: tok.name === "true" });
        else if (tok.name === "nil") args.push({ k: "lit", value: null });
        else args.push({ k: "ident", name: tok.name });
        break;
      default:
        ts.fail(`unexpected ${tok.t}`);
    }
  }
  if (args.length > 0) cmds.push({ args });
  if (cmds.length === 0) ts.fail("missing value");
  return { decl, cmds, line: 0 };
}

interface ParsedTemplate {
  nodes: Node[];
  defines: Map<string, Node[]>;
}

function parse(src: string, name: string): ParsedTemplate {
  const pieces = split(src, name);
  const defines = new Map<string, Node[]>();
  let pos = 0;
  // Parses nodes until an {{ else }} / {{ end }}; returns which one stopped it.
  const parseList = (depth: number): { nodes: Node[]; stop: "end" | "else" | "else-if" | "eof"; elsePipe?: Pipeline } => {
    const nodes: Node[] = [];
    while (pos < pieces.length) {
      const piece = pieces[pos++]!;
      if (piece.kind === "text") {
        nodes.push({ n: "text", text: piece.text });
        continue;
      }
      const { tokens, line } = piece.action;
      const where = `${name}:${line}`;
      const first = tokens[0];
      const keyword = first?.t === "ident" ? first.name : null;
      const rest = () => new TokenStream(tokens.slice(1), where);
      const pipeOf = (ts: TokenStream): Pipeline => {
        const p = parsePipeline(ts, false);
        p.line = line;
        return p;
      };
      if (keyword === "end") {
        if (depth === 0) throw new TemplateError(`${where}: unexpected {{end}}`);
        return { nodes, stop: "end" };
      }
      if (keyword === "else") {
        if (depth === 0) throw new TemplateError(`${where}: unexpected {{else}}`);
        if (tokens.length === 1) return { nodes, stop: "else" };
        const second = tokens[1];
        if (second?.t === "ident" && second.name === "if") {
          const ts = new TokenStream(tokens.slice(2), where);
          return { nodes, stop: "else-if", elsePipe: pipeOf(ts) };
        }
        throw new TemplateError(`${where}: only {{else}} and {{else if}} are supported`);
      }
      if (keyword === "if" || keyword === "with" || keyword === "range") {
        const pipe = pipeOf(rest());
        const node = parseControl(keyword, pipe, depth, where);
        nodes.push(node);
        continue;
      }
      if (keyword === "define") {
        const nameTok = tokens[1];
        if (nameTok?.t !== "string" || tokens.length !== 2) throw new TemplateError(`${where}: {{define "name"}} expected`);
        const body = parseList(depth + 1);
        if (body.stop !== "end") throw new TemplateError(`${where}: define without end`);
        defines.set(nameTok.value, body.nodes);
        continue;
      }
      if (keyword !== null && ["template", "block", "break", "continue"].includes(keyword)) {
        throw new TemplateError(`${where}: {{${keyword}}} is outside the supported subset (use include)`);
      }
      nodes.push({ n: "action", pipe: pipeOf(new TokenStream(tokens, where)) });
    }
    if (depth > 0) throw new TemplateError(`${name}: missing {{end}}`);
    return { nodes, stop: "eof" };
  };
  const parseControl = (kind: "if" | "with" | "range", pipe: Pipeline, depth: number, where: string): Node => {
    const body = parseList(depth + 1);
    let orElse: Node[] = [];
    if (body.stop === "else") {
      const e = parseList(depth + 1);
      if (e.stop !== "end") throw new TemplateError(`${where}: {{else}} must be followed by {{end}}`);
      orElse = e.nodes;
    } else if (body.stop === "else-if") {
      if (kind !== "if") throw new TemplateError(`${where}: {{else if}} only after {{if}}`);
      orElse = [parseControl("if", body.elsePipe!, depth, where)];
    } else if (body.stop !== "end") {
      throw new TemplateError(`${where}: {{${kind}}} without {{end}}`);
    }
    return { n: kind, pipe, body: body.nodes, orElse };
  };
  const top = parseList(0);
  return { nodes: top.nodes, defines };
}

// -------------------------------------------------------------------------------------- values

const isMap = (v: Value | undefined): v is ValueMap => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof GoInt);

/** Go's `truth`: false, 0, nil, "" and empty collections are false. */
export function truth(v: Value): boolean {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") return v !== "";
  if (typeof v === "number") return v !== 0;
  if (v instanceof GoInt) return v.value !== 0;
  if (Array.isArray(v)) return v.length > 0;
  return Object.keys(v).length > 0;
}

/** fmt's %v of a float64: strconv 'g' with the shortest digits, exponent from 1e+06 on (Go). */
export function goFloat(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "+Inf" : "-Inf";
  if (n === 0) return Object.is(n, -0) ? "-0" : "0";
  const [mantissa, expText] = n.toExponential().split("e");
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) {
    const sign = exp < 0 ? "-" : "+";
    const digits = String(Math.abs(exp)).padStart(2, "0");
    return `${mantissa}e${sign}${digits}`;
  }
  return String(n);
}

/** sprig's strval / fmt's %v. */
function strval(v: Value): string {
  if (typeof v === "string") return v;
  if (v === null) return "<nil>";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return goFloat(v);
  if (v instanceof GoInt) return String(v.value);
  if (Array.isArray(v)) return `[${v.map(strval).join(" ")}]`;
  return `map[${Object.keys(v)
    .sort()
    .map((k) => `${k}:${strval(v[k]!)}`)
    .join(" ")}]`;
}

/** What an action prints: Helm turns Go's "<no value>" for nil into "". */
function printed(v: Value): string {
  return v === null ? "" : strval(v);
}

function kindOf(v: Value): string {
  if (v === null) return "invalid";
  if (typeof v === "string") return "string";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return "float64";
  if (v instanceof GoInt) return v.kind;
  if (Array.isArray(v)) return "slice";
  return "map";
}

/** sprig's `empty`. */
function empty(v: Value): boolean {
  return !truth(v);
}

function basicKind(v: Value): string {
  if (v === null) return "invalid";
  if (typeof v === "number") return "float";
  if (v instanceof GoInt) return "int";
  if (typeof v === "string") return "string";
  if (typeof v === "boolean") return "bool";
  return "complex";
}

/** Go's `eq`: comparing an int with a float or a string with a number is an error. */
function goEq(a: Value, b: Value): boolean {
  const ka = basicKind(a);
  const kb = basicKind(b);
  if (ka === "complex" || kb === "complex") throw new TemplateError("eq: uncomparable type");
  if (ka !== kb) {
    if (ka === "invalid" || kb === "invalid") return false;
    throw new TemplateError(`eq: incompatible types for comparison (${kindOf(a)} and ${kindOf(b)})`);
  }
  if (a instanceof GoInt && b instanceof GoInt) return a.value === b.value;
  return a === b;
}

function toInt64(v: Value): GoInt {
  if (v === null) return new GoInt(0, "int64");
  if (v instanceof GoInt) return new GoInt(v.value, "int64");
  if (typeof v === "number") return new GoInt(Math.trunc(v), "int64");
  if (typeof v === "boolean") return new GoInt(v ? 1 : 0, "int64");
  if (typeof v === "string") return new GoInt(/^-?[0-9]+$/.test(v) ? Number(v) : 0, "int64");
  return new GoInt(0, "int64");
}

function asString(v: Value, fn: string): string {
  if (typeof v !== "string") throw new TemplateError(`${fn}: expected a string, got ${kindOf(v)}`);
  return v;
}

function asInt(v: Value, fn: string): number {
  if (v instanceof GoInt) return v.value;
  if (typeof v === "number" && Number.isInteger(v)) return v;
  throw new TemplateError(`${fn}: expected an integer, got ${kindOf(v)}`);
}

function goQuote(s: string): string {
  // Go's %q for the printable ASCII text charts carry; JSON escaping agrees on it.
  return JSON.stringify(s);
}

function goPrintf(format: string, args: Value[]): string {
  let argi = 0;
  return format.replace(/%([%sdvq])/g, (_, verb: string) => {
    if (verb === "%") return "%";
    if (argi >= args.length) return `%!${verb}(MISSING)`;
    const a = args[argi++]!;
    switch (verb) {
      case "v":
        return strval(a);
      case "s":
        return typeof a === "string" ? a : `%!s(${kindOf(a)}=${strval(a)})`;
      case "q":
        return typeof a === "string" ? goQuote(a) : `%!q(${kindOf(a)}=${strval(a)})`;
      default:
        return a instanceof GoInt ? String(a.value) : `%!d(${kindOf(a)}=${strval(a)})`;
    }
  });
}

/** Helm's toYaml: sigs.k8s.io/yaml output (sorted keys, sequences not indented), trailing newline cut. */
export function toYaml(v: Value): string {
  const plain = (x: Value): unknown => {
    if (x instanceof GoInt) return x.value;
    if (Array.isArray(x)) return x.map(plain);
    if (isMap(x)) return Object.fromEntries(Object.keys(x).map((k) => [k, plain(x[k]!)]));
    return x;
  };
  return stringify(plain(v), { sortMapEntries: true, indentSeq: false, lineWidth: 0 }).replace(/\n$/, "");
}

// ------------------------------------------------------------------------------------ rendering

export interface RenderOptions {
  /** Missing map keys are errors (`helm lint --strict`); otherwise nil, as `helm template`. */
  strict: boolean;
}

interface Scope {
  vars: Map<string, Value>;
  parent: Scope | null;
}

/**
 * A set of templates sharing their `define`s, as Helm parses a chart: each file is also a template
 * named by its path (so `include (print $.Template.BasePath "/configmap.yaml") .` works).
 */
export class TemplateSet {
  private readonly files = new Map<string, Node[]>();
  private readonly defines = new Map<string, Node[]>();
  /** Names of the functions the templates called, for the test's record of the subset in use. */
  readonly functionsUsed = new Set<string>();

  constructor(private readonly opts: RenderOptions) {}

  add(name: string, src: string): void {
    const parsed = parse(src, name);
    this.files.set(name, parsed.nodes);
    for (const [k, v] of parsed.defines) this.defines.set(k, v);
  }

  render(name: string, data: Value): string {
    const nodes = this.files.get(name) ?? this.defines.get(name);
    if (nodes === undefined) throw new TemplateError(`no template named ${JSON.stringify(name)}`);
    const out: string[] = [];
    this.exec(nodes, data, { vars: new Map([["$", data]]), parent: null }, out);
    return out.join("");
  }

  private exec(nodes: Node[], dot: Value, scope: Scope, out: string[]): void {
    for (const node of nodes) {
      switch (node.n) {
        case "text":
          out.push(node.text);
          break;
        case "action": {
          const v = this.pipeline(node.pipe, dot, scope);
          if (node.pipe.decl === null) out.push(printed(v));
          break;
        }
        case "if": {
          const inner: Scope = { vars: new Map(), parent: scope };
          const v = this.pipeline(node.pipe, dot, inner);
          this.exec(truth(v) ? node.body : node.orElse, dot, inner, out);
          break;
        }
        case "with": {
          const inner: Scope = { vars: new Map(), parent: scope };
          const v = this.pipeline(node.pipe, dot, inner);
          if (truth(v)) this.exec(node.body, v, inner, out);
          else this.exec(node.orElse, dot, inner, out);
          break;
        }
        case "range": {
          const inner: Scope = { vars: new Map(), parent: scope };
          const decl = node.pipe.decl;
          const v = this.pipeline({ ...node.pipe, decl: null }, dot, inner);
          const entries: [Value, Value][] = Array.isArray(v)
            ? v.map((x, i) => [new GoInt(i), x])
            : isMap(v)
              ? Object.keys(v)
                  .sort()
                  .map((k) => [k, v[k]!])
              : v === null
                ? []
                : (() => {
                    throw new TemplateError(`line ${node.pipe.line}: range can't iterate over ${kindOf(v)}`);
                  })();
          if (entries.length === 0) {
            this.exec(node.orElse, dot, inner, out);
            break;
          }
          for (const [k, x] of entries) {
            const iter: Scope = { vars: new Map(), parent: inner };
            if (decl) {
              if (decl.names.length === 1) iter.vars.set(decl.names[0]!, x);
              else {
                iter.vars.set(decl.names[0]!, k);
                iter.vars.set(decl.names[1]!, x);
              }
            }
            this.exec(node.body, x, iter, out);
          }
          break;
        }
      }
    }
  }

  private lookupVar(scope: Scope, name: string): Value {
    for (let s: Scope | null = scope; s; s = s.parent) if (s.vars.has(name)) return s.vars.get(name)!;
    throw new TemplateError(`undefined variable ${name}`);
  }

  private assignVar(scope: Scope, name: string, v: Value): void {
    for (let s: Scope | null = scope; s; s = s.parent) {
      if (s.vars.has(name)) {
        s.vars.set(name, v);
        return;
      }
    }
    throw new TemplateError(`undefined variable ${name}`);
  }

  private fields(v: Value, names: string[], line: number): Value {
    let cur = v;
    for (const f of names) {
      if (cur === null) throw new TemplateError(`line ${line}: nil pointer evaluating interface {}.${f}`);
      if (!isMap(cur)) throw new TemplateError(`line ${line}: can't evaluate field ${f} in type ${kindOf(cur)}`);
      if (!Object.hasOwn(cur, f)) {
        if (this.opts.strict) throw new TemplateError(`line ${line}: map has no entry for key "${f}"`);
        cur = null;
        continue;
      }
      cur = cur[f]!;
    }
    return cur;
  }

  private operand(op: Operand, dot: Value, scope: Scope, line: number): Value {
    switch (op.k) {
      case "dot":
        return dot;
      case "field":
        return this.fields(dot, op.names, line);
      case "var":
        return this.fields(this.lookupVar(scope, op.name), op.names, line);
      case "lit":
        return op.value;
      case "sub":
        return this.fields(this.pipeline(op.pipe, dot, scope), op.names, line);
      case "ident":
        return this.call(op.name, [], dot, scope, line, undefined);
    }
  }

  private pipeline(pipe: Pipeline, dot: Value, scope: Scope): Value {
    let prev: Value | undefined;
    for (const cmd of pipe.cmds) prev = this.command(cmd, dot, scope, pipe.line, prev);
    const v = prev ?? null;
    if (pipe.decl) {
      if (pipe.decl.op === "declare") scope.vars.set(pipe.decl.names[0]!, v);
      else this.assignVar(scope, pipe.decl.names[0]!, v);
    }
    return v;
  }

  private command(cmd: Command, dot: Value, scope: Scope, line: number, piped: Value | undefined): Value {
    const [head, ...rest] = cmd.args;
    if (head!.k === "ident") return this.call(head!.name, rest, dot, scope, line, piped);
    if (rest.length > 0 || piped !== undefined) throw new TemplateError(`line ${line}: can't give argument to non-function`);
    return this.operand(head!, dot, scope, line);
  }

  private call(name: string, argOps: Operand[], dot: Value, scope: Scope, line: number, piped: Value | undefined): Value {
    this.functionsUsed.add(name);
    // `and` / `or` evaluate their arguments lazily, as Go 1.18+ does.
    if (name === "and" || name === "or") {
      const thunks = argOps.map((op) => () => this.operand(op, dot, scope, line));
      if (piped !== undefined) thunks.push(() => piped);
      if (thunks.length === 0) throw new TemplateError(`line ${line}: ${name} needs arguments`);
      let v: Value = null;
      for (const t of thunks) {
        v = t();
        if (name === "and" ? !truth(v) : truth(v)) return v;
      }
      return v;
    }
    const args = argOps.map((op) => this.operand(op, dot, scope, line));
    if (piped !== undefined) args.push(piped);
    try {
      return this.builtin(name, args);
    } catch (err) {
      if (err instanceof TemplateFailError) throw err;
      if (err instanceof TemplateError) throw new TemplateError(`line ${line}: ${name}: ${err.message}`, { cause: err });
      throw err;
    }
  }

  private builtin(name: string, a: Value[]): Value {
    const arity = (n: number) => {
      if (a.length !== n) throw new TemplateError(`wants ${n} arguments, got ${a.length}`);
    };
    switch (name) {
      case "include": {
        arity(2);
        return this.render(asString(a[0]!, name), a[1]!);
      }
      case "default":
        if (a.length === 1) return a[0]!;
        arity(2);
        return empty(a[1]!) ? a[0]! : a[1]!;
      case "empty":
        arity(1);
        return empty(a[0]!);
      case "not":
        arity(1);
        return !truth(a[0]!);
      case "eq":
        if (a.length < 2) throw new TemplateError("missing argument for comparison");
        return a.slice(1).some((b) => goEq(a[0]!, b));
      case "ne":
        arity(2);
        return !goEq(a[0]!, a[1]!);
      case "quote":
        return a
          .filter((x) => x !== null)
          .map((x) => goQuote(strval(x)))
          .join(" ");
      case "toYaml":
        arity(1);
        return toYaml(a[0]!);
      case "indent":
      case "nindent": {
        arity(2);
        const pad = " ".repeat(asInt(a[0]!, name));
        const body = pad + strval(a[1]!).replaceAll("\n", `\n${pad}`);
        return name === "nindent" ? `\n${body}` : body;
      }
      case "trunc": {
        arity(2);
        const n = asInt(a[0]!, name);
        const s = strval(a[1]!);
        if (n < 0) return s.length + n > 0 ? s.slice(s.length + n) : s;
        return s.length > n ? s.slice(0, n) : s;
      }
      case "trimSuffix":
        arity(2);
        return strval(a[1]!).endsWith(strval(a[0]!)) ? strval(a[1]!).slice(0, strval(a[1]!).length - strval(a[0]!).length) : strval(a[1]!);
      case "trimPrefix":
        arity(2);
        return strval(a[1]!).startsWith(strval(a[0]!)) ? strval(a[1]!).slice(strval(a[0]!).length) : strval(a[1]!);
      case "trim":
        arity(1);
        return strval(a[0]!).trim();
      case "upper":
        arity(1);
        return strval(a[0]!).toUpperCase();
      case "replace":
        arity(3);
        return strval(a[2]!).replaceAll(strval(a[0]!), strval(a[1]!));
      case "contains":
        arity(2);
        return strval(a[1]!).includes(strval(a[0]!));
      case "printf":
        if (a.length < 1) throw new TemplateError("missing format");
        return goPrintf(asString(a[0]!, name), a.slice(1));
      case "print": {
        // fmt.Sprint: a space between operands when neither is a string.
        let s = "";
        a.forEach((x, i) => {
          if (i > 0 && typeof x !== "string" && typeof a[i - 1] !== "string") s += " ";
          s += strval(x);
        });
        return s;
      }
      case "join": {
        arity(2);
        const list = a[1]!;
        if (!Array.isArray(list)) return strval(list);
        return list
          .filter((x) => x !== null)
          .map(strval)
          .join(strval(a[0]!));
      }
      case "kindIs":
        arity(2);
        return kindOf(a[1]!) === asString(a[0]!, name);
      case "toString":
        arity(1);
        return strval(a[0]!);
      case "int64":
        arity(1);
        return toInt64(a[0]!);
      case "int": {
        arity(1);
        return new GoInt(toInt64(a[0]!).value, "int");
      }
      case "len": {
        arity(1);
        const v = a[0]!;
        if (typeof v === "string" || Array.isArray(v)) return new GoInt(v.length);
        if (isMap(v)) return new GoInt(Object.keys(v).length);
        throw new TemplateError(`len of ${kindOf(v)}`);
      }
      case "dict": {
        if (a.length % 2 !== 0) throw new TemplateError("dict wants key/value pairs");
        const out: ValueMap = {};
        for (let i = 0; i < a.length; i += 2) out[strval(a[i]!)] = a[i + 1]!;
        return out;
      }
      case "list":
        return [...a];
      case "append": {
        arity(2);
        if (!Array.isArray(a[0])) throw new TemplateError(`append to ${kindOf(a[0]!)}`);
        return [...a[0], a[1]!];
      }
      case "has": {
        arity(2);
        const hay = a[1]!;
        if (hay === null) return false;
        if (!Array.isArray(hay)) throw new TemplateError(`has: cannot search ${kindOf(hay)}`);
        return hay.some((x) => JSON.stringify(x) === JSON.stringify(a[0]));
      }
      case "hasKey": {
        arity(2);
        const m = a[0]!;
        if (!isMap(m)) throw new TemplateError(`hasKey on ${kindOf(m)}`);
        return Object.hasOwn(m, asString(a[1]!, name));
      }
      case "index": {
        if (a.length < 1) throw new TemplateError("index of nothing");
        let cur: Value = a[0]!;
        for (const k of a.slice(1)) {
          if (isMap(cur)) cur = Object.hasOwn(cur, strval(k)) ? cur[strval(k)]! : null;
          else if (Array.isArray(cur)) {
            const i = asInt(k, name);
            if (i < 0 || i >= cur.length) throw new TemplateError(`index out of range: ${i}`);
            cur = cur[i]!;
          } else if (cur === null) throw new TemplateError("index of untyped nil");
          else throw new TemplateError(`can't index item of type ${kindOf(cur)}`);
        }
        return cur;
      }
      case "sha256sum":
        arity(1);
        return createHash("sha256").update(strval(a[0]!)).digest("hex");
      case "fail":
        arity(1);
        throw new TemplateFailError(strval(a[0]!));
      case "required":
        arity(2);
        if (a[1] === null || a[1] === "") throw new TemplateFailError(strval(a[0]!));
        return a[1]!;
      default:
        throw new TemplateError(`function "${name}" is not in the supported subset`);
    }
  }
}
