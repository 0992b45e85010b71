// The generated types are code: compile them, and a mistyped emit, with the TypeScript API.
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/contract/index.ts";

function compile(files: string[]): readonly ts.Diagnostic[] {
  const config = ts.readConfigFile(path.join(PROJECT_ROOT, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, PROJECT_ROOT);
  const program = ts.createProgram(
    files.map((f) => path.join(PROJECT_ROOT, f)),
    options,
  );
  return ts.getPreEmitDiagnostics(program);
}

function describeDiagnostic(d: ts.Diagnostic): string {
  const where = d.file
    ? `${path.relative(PROJECT_ROOT, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
    : "";
  return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
}

describe("generated TypeScript", () => {
  it("compiles cleanly with the typed client usage of test/types", () => {
    const diagnostics = compile(["generated/index.ts", "test/types/client-emit.typecheck.ts"]);
    expect(diagnostics.map(describeDiagnostic)).toEqual([]);
  }, 60_000);

  it('rejects socket.emit("MESSAGE_SENT", { userId: 1 }) at that line', () => {
    const diagnostics = compile(["test/fixtures/typecheck-fail/mistyped-emit.ts"]).map(
      describeDiagnostic,
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(/^test\/fixtures\/typecheck-fail\/mistyped-emit\.ts:9 /);
    expect(diagnostics[0]).toMatch(/number.*not assignable to type 'string'/s);
  }, 60_000);
});
