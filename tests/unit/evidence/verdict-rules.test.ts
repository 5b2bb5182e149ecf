import { describe, expect, it } from "vitest";
import { verdictProblem } from "@/lib/verdicts/rules";
import { verdictSchema } from "@/lib/verdicts/schema";

describe("verdict rules", () => {
  it("corroborated needs a supporting source; disputed needs a refuting one", () => {
    expect(verdictProblem("CORROBORATED", [])).toMatch(/supports/);
    expect(verdictProblem("CORROBORATED", [{ stance: "REFUTES" }, { stance: "CONTEXT" }])).toMatch(/supports/);
    expect(verdictProblem("CORROBORATED", [{ stance: "SUPPORTS" }])).toBeNull();
    expect(verdictProblem("DISPUTED", [{ stance: "SUPPORTS" }])).toMatch(/refutes/);
    expect(verdictProblem("DISPUTED", [{ stance: "REFUTES" }])).toBeNull();
    expect(verdictProblem("UNVERIFIED", [])).toBeNull();
  });

  it("needs a rationale of at least 15 characters (after trimming) and a version", () => {
    expect(verdictSchema.safeParse({ status: "UNVERIFIED", rationale: "   too short    ", version: 1 }).success).toBe(
      false,
    );
    expect(
      verdictSchema.safeParse({ status: "UNVERIFIED", rationale: "Long enough reason.", version: 1 }).success,
    ).toBe(true);
    expect(verdictSchema.safeParse({ status: "UNVERIFIED", rationale: "Long enough reason." }).success).toBe(false);
    expect(verdictSchema.safeParse({ status: "TRUE", rationale: "Long enough reason.", version: 1 }).success).toBe(
      false,
    );
  });
});
