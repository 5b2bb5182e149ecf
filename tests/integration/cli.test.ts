// The CLI works on the same database as a running app: with DATABASE_URL, or, on the embedded
// server, by joining the server that is already running (here, the test run's own).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { userForApiToken } from "@/lib/auth/identity";
import { db } from "@/lib/db/client";
import { uniqueSuffix } from "./factories";
import { cliEnvironment } from "./cli-environment";

const run = promisify(execFile);

async function claimledger(...args: string[]) {
  return run(process.execPath, ["bin/claimledger.mjs", ...args], { env: cliEnvironment(), timeout: 60_000 });
}

describe("npx claimledger", () => {
  it("creates a user and a token for them, printing the token once", async () => {
    const email = `cli-${uniqueSuffix()}@test.local`;
    const created = await claimledger(
      "user",
      "create",
      "--email",
      email,
      "--name",
      "Cli Person",
      "--role",
      "editor",
      "--password",
      "cli-password-1",
    );
    expect(created.stdout).toContain(`Created EDITOR ${email}`);
    expect(created.stdout).not.toContain("Password (shown once)");
    expect(await db.user.findUnique({ where: { email }, select: { role: true } })).toEqual({ role: "EDITOR" });

    const token = await claimledger("token", "create", "--email", email, "--name", "laptop");
    const printed = token.stdout.trim().split("\n").at(-1) ?? "";
    expect(await userForApiToken(printed)).toMatchObject({ email, role: "EDITOR" });
  });

  it("explains bad input and exits non-zero", async () => {
    await expect(
      claimledger("user", "create", "--email", "not-an-email", "--name", "X", "--role", "boss"),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("email: Enter a valid email address."),
    });
    await expect(
      claimledger("token", "create", "--email", `nobody-${uniqueSuffix()}@test.local`, "--name", "x"),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("No active user"),
    });
    await expect(claimledger("worker", "--nice", "25")).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("--nice (CLAIMLEDGER_WORKER_NICE) must be a whole number from 0 to 19."),
    });
  });
});
