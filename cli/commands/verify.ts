import type { Command } from "commander";
import { withDatabase } from "../database";

export function registerVerifyCommands(program: Command) {
  program
    .command("verify")
    .description("Recompute every claim's verdict hash chain and report broken links (exit code 1 if any)")
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
          console.log(
            `BROKEN claim ${link.claimId} row ${link.rowId} (seq ${link.seq}, ${link.reason}): expected ${link.expected}, found ${link.found}`,
          );
        }
        if (result.ok) console.log("Every history verifies.");
      }
      if (!result.ok) {
        const claims = result.claims.filter((claim) => !claim.ok).length;
        throw new Error(`${result.breaks.length} broken link(s) in the history of ${claims} claim(s).`);
      }
    });
}
