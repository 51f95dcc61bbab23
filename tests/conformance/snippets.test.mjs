// SPDX-License-Identifier: MIT
// The fix snippets tst_fixformats writes (NSG_FIX_SNIPPETS_DIR: Bicep, PowerShell and Terraform,
// each side of each diff, for every fix kind on a rule with a hostile name and description) parse
// without an error in:
// - Terraform: HashiCorp's own HCL parser (hcl2json, the Go library built for WebAssembly);
// - Bicep and PowerShell: the tree-sitter grammars of the two languages (neither Microsoft's Bicep
//   compiler nor pwsh is in Debian or on npm; see docs/fix-formats.md).
// Each parser is first shown a snippet it must refuse, so a parser that accepted anything fails.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Parser, Language } from "web-tree-sitter";
import { parse as parseHcl } from "@cdktf/hcl2json";

const require = createRequire(import.meta.url);
const dir = process.env.NSG_FIX_SNIPPETS_DIR;

async function treeSitter(wasm) {
  await Parser.init();
  const parser = new Parser();
  parser.setLanguage(await Language.load(require.resolve(wasm)));
  return (text) => {
    const problems = [];
    const walk = (node) => {
      if (node.isError || node.isMissing)
        problems.push(`${node.isMissing ? "missing" : "error"} at ${node.startPosition.row + 1}:` +
                      `${node.startPosition.column + 1} near ${JSON.stringify(node.text.slice(0, 40))}`);
      for (const child of node.children) walk(child);
    };
    walk(parser.parse(text).rootNode);
    return problems;
  };
}

async function hcl(text) {
  try {
    await parseHcl("snippet.tf", text);
    return [];
  } catch (e) {
    return [String(e.message ?? e)];
  }
}

const checks = {
  ".bicep": await treeSitter("tree-sitter-bicep/tree-sitter-bicep.wasm"),
  ".ps1": await treeSitter("tree-sitter-powershell/tree-sitter-powershell.wasm"),
  ".tf": hcl,
};

const broken = {
  ".bicep": "resource nsg 'x' existing = {\n  name: 'it's'\n}\n",
  ".ps1": "$nsg = Get-AzNetworkSecurityGroup -Name 'it's' `\n",
  ".tf": "resource \"a\" \"b\" {\n  name = \"unterminated\n}\n",
};

test("each parser refuses a broken snippet", async () => {
  for (const [ext, text] of Object.entries(broken))
    assert.notDeepEqual(await checks[ext](text), [], `${ext} parser accepted a broken snippet`);
});

test("every fix snippet parses", async () => {
  assert.ok(dir, "NSG_FIX_SNIPPETS_DIR is not set (tst_fixformats writes it)");
  const expected = Number(readFileSync(join(dir, "COUNT"), "utf8"));
  const files = readdirSync(dir).filter((f) => Object.hasOwn(checks, f.slice(f.lastIndexOf("."))));
  assert.equal(files.length, expected, "every snippet tst_fixformats wrote is here");
  for (const ext of Object.keys(checks))
    assert.ok(files.some((f) => f.endsWith(ext)), `some ${ext} snippets`);
  const failures = [];
  for (const file of files) {
    const problems = await checks[file.slice(file.lastIndexOf("."))](readFileSync(join(dir, file), "utf8"));
    if (problems.length) failures.push(`${file}: ${problems.join("; ")}`);
  }
  assert.deepEqual(failures, []);
});
