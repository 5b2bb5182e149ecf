import type { Command } from "commander";
import { withDatabase } from "../database";

export function registerVerifyCommands(program: Command) {
  program
    .command("verify")
    .description(
      "Check every claim's verdict history (hash chain, head against the current status, rows the audit log names) and report breaks (exit code 1 if any)",
    )
    .option("--article <id>", "only the claims of this article")
    .option("--json", "print the full result as JSON")
    .action(async (options: { article?: string; json?: boolean }) => {
      const result = await withDatabase(async () => {
        const { verifyHistories } = await import("@/lib/history/data");
        return verifyHistories({ articleId: options.article });
      });
      if (options.json) {
        console.log(JSON.stringify(result, null, 2));
      } else {
        console.log(`Checked ${result.checkedRows} history rows on ${result.checkedClaims} claims.`);
        for (const link of result.breaks) {
          const row = `row ${link.rowId ?? "(unknown)"} (seq ${link.seq ?? "?"}, ${link.reason})`;
          console.log(
            `BROKEN [${link.kind}] claim ${link.claimId} ${row}: expected ${link.expected}, found ${link.found}`,
          );
        }
        if (result.ok) console.log("Every history verifies.");
      }
      if (!result.ok) {
        const claims = result.claims.filter((claim) => !claim.ok).length;
        throw new Error(`${result.breaks.length} break(s) in the history of ${claims} claim(s).`);
      }
    });
}
