// The test renderer's Go/Helm semantics. Expected outputs are what Helm prints for the same
// template and values (helm-cli.test.ts compares whole chart renderings where helm exists).
import { test } from "node:test";
import assert from "node:assert/strict";
import { parse } from "yaml";
import { TemplateError, TemplateFailError, TemplateSet, goFloat, type Value } from "./go-template.js";

function render(src: string, values: Value = {}, strict = true): string {
  const set = new TemplateSet({ strict });
  set.add("t", src);
  return set.render("t", { Values: values });
}

test("numbers read from YAML are float64 and print as Go's %v does", () => {
  const values = parse("a: 1000000\nb: 100000\nc: 123456789\nd: 0.00001\ne: 1.5\nf: 65536\n") as Value;
  const src = '{{ .Values.a }} {{ .Values.b }} {{ .Values.c }} {{ .Values.d }} {{ .Values.e }} {{ .Values.f }} {{ quote .Values.a }} {{ toString .Values.c }} {{ int64 .Values.a }} {{ printf "%v|%d|%s" .Values.a .Values.a .Values.a }}';
  assert.equal(render(src, values), '1e+06 100000 1.23456789e+08 1e-05 1.5 65536 "1e+06" 1.23456789e+08 1000000 1e+06|%!d(float64=1e+06)|%!s(float64=1e+06)');
  assert.equal(goFloat(-2500000), "-2.5e+06");
  assert.equal(goFloat(999999), "999999");
});

test("trim markers remove the whitespace on their side only", () => {
  assert.equal(render("a \n  {{- 1 }}  \nb"), "a1  \nb");
  assert.equal(render("a  {{ 1 -}} \n\n b"), "a  1b");
  assert.equal(render("x\n{{- /* comment */ -}}\ny"), "xy");
  assert.equal(render("x{{/* c */}}y"), "xy");
});

test("if / else if / else, with and range follow Go's truthiness and scoping", () => {
  const v = { zero: 0, empty: "", list: [], m: { b: 2, a: 1 }, t: "yes" } as Value;
  assert.equal(render("{{ if .Values.zero }}1{{ else if .Values.empty }}2{{ else if .Values.list }}3{{ else }}4{{ end }}", v), "4");
  assert.equal(render("{{ with .Values.t }}{{ . }}{{ else }}none{{ end }}", v), "yes");
  assert.equal(render("{{ range $k, $x := .Values.m }}{{ $k }}={{ $x }};{{ end }}", v), "a=1;b=2;");
  assert.equal(render("{{ range .Values.list }}x{{ else }}empty{{ end }}", v), "empty");
  assert.equal(render('{{ $a := "o" }}{{ if true }}{{ $a = "n" }}{{ end }}{{ $a }}'), "n");
  assert.throws(() => render("{{ if true }}{{ $b := 1 }}{{ end }}{{ $b }}"), TemplateError);
});

test("and / or short-circuit; eq refuses to compare an int with a float", () => {
  assert.equal(render("{{ and false .Values.missing.deep }}", {}), "false");
  assert.equal(render('{{ or "" "x" }}'), "x");
  assert.equal(render('{{ eq "a" "b" "a" }}'), "true");
  assert.throws(() => render("{{ eq .Values.n 1 }}", { n: 1 }), /incompatible types/);
  assert.equal(render("{{ eq .Values.n 1.0 }}", { n: 1 }), "true");
});

test("strict mode: a missing key is an error; otherwise nil prints as nothing", () => {
  assert.throws(() => render("{{ .Values.nope }}", {}), /no entry for key "nope"/);
  assert.equal(render("[{{ .Values.nope }}]", {}, false), "[]");
  assert.throws(() => render("{{ .Values.a.b }}", { a: null }), /nil pointer/);
  assert.equal(render('{{ index .Values "nope" | default "d" }}', {}), "d");
});

test("Helm's functions used by the chart", () => {
  const v = { list: ["udp", "tcp"], m: { z: 1, a: [1, 2] }, s: "presence:" } as Value;
  assert.equal(render('{{ join "," .Values.list }}|{{ has "tcp" .Values.list }}|{{ upper "ab" }}|{{ "abc-" | trimSuffix "-" }}|{{ trunc 2 "abc" }}', v), "udp,tcp|true|AB|abc|ab");
  assert.equal(render("x:{{ toYaml .Values.m | nindent 2 }}", v), "x:\n  a:\n  - 1\n  - 2\n  z: 1");
  assert.equal(render('{{ dict "k" "v" | toYaml }}'), "k: v");
  assert.equal(render('{{ kindIs "slice" .Values.list }} {{ kindIs "float64" .Values.m.z }} {{ kindIs "invalid" nil }}', v), "true true true");
  assert.equal(render('{{ quote .Values.s }} {{ quote nil }}|{{ print 1 2 "a" 3 }}', v), '"presence:" |1 2a3');
  assert.equal(render('{{ "x" | sha256sum }}'), "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881");
  assert.equal(render('{{ $l := list "a" }}{{ $l = append $l "b" }}{{ len $l }}'), "2");
});

test("defines and include share one template set", () => {
  const set = new TemplateSet({ strict: true });
  set.add("_h.tpl", '{{- define "greet" -}}hi {{ .name }}{{- end -}}');
  set.add("main", '{{ include "greet" (dict "name" "bob") | upper }}');
  assert.equal(set.render("main", {}), "HI BOB");
  assert.ok(set.functionsUsed.has("include"));
});

test("what is outside the subset is refused, not guessed", () => {
  assert.throws(() => render('{{ tpl "x" . }}'), /not in the supported subset/);
  assert.throws(() => render('{{ template "x" . }}'), /outside the supported subset/);
  assert.throws(() => render("{{ if true }}x"), /missing \{\{end\}\}/);
  assert.throws(() => render("{{ end }}"), /unexpected \{\{end\}\}/);
  assert.throws(() => render('{{ fail "no" }}'), TemplateFailError);
  assert.throws(() => render("{{ .Values.x"), /unclosed action/);
});
