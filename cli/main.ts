// The ClaimLedger command line. Database commands work on the same database as the app, also
// while it runs; `extract` needs no database. Each command group lives in cli/commands/.
import { Command, InvalidArgumentError } from "commander";
import { isAppError } from "@/lib/errors";
import { registerArticleCommands } from "./commands/articles";
import { registerBackupCommands } from "./commands/backup";
import { registerExportCommands } from "./commands/export";
import { registerJobCommands } from "./commands/jobs";
import { registerTokenCommands } from "./commands/tokens";
import { registerUserCommands } from "./commands/users";
import { registerVerifyCommands } from "./commands/verify";
import { workInRepoDirectory } from "./files";

workInRepoDirectory();

const program = new Command()
  .name("claimledger")
  .description("ClaimLedger from the shell: users, API tokens, claim extraction and import, backup and restore, background jobs and source re-checks.")
  .showHelpAfterError();

registerUserCommands(program);
registerTokenCommands(program);
registerArticleCommands(program);
registerExportCommands(program);
registerVerifyCommands(program);
registerBackupCommands(program);
registerJobCommands(program);

program.parseAsync(process.argv).then(
  () => process.exit(0),
  (error: unknown) => {
    if (isAppError(error)) {
      console.error(`Error: ${error.message}`);
      for (const [field, messages] of Object.entries(error.details.fields ?? {}))
        console.error(`  ${field}: ${messages.join(" ")}`);
    } else if (error instanceof InvalidArgumentError) {
      console.error(`Error: ${error.message}`);
    } else {
      console.error(error instanceof Error ? `Error: ${error.message}` : error);
    }
    process.exit(1);
  },
);
