import { InvalidArgumentError, type Command } from "commander";
import { withDatabase } from "../database";

export function registerTokenCommands(program: Command) {
  const token = program.command("token").description("Manage personal API tokens");
  token
    .command("create")
    .description("Create an API token for a user and print it once")
    .requiredOption("--email <email>", "the token's owner")
    .requiredOption("--name <name>", "a name to recognise the token by")
    .option("--expires-in-days <days>", "the token stops working after this many days (default: never)", (value) => {
      const days = Number(value);
      if (!Number.isInteger(days) || days < 1 || days > 3650) throw new InvalidArgumentError("Give 1 to 3650 days.");
      return days;
    })
    .option("--read-only", "the token may read, never change anything")
    .action(async (options: { email: string; name: string; expiresInDays?: number; readOnly?: boolean }) => {
      const created = await withDatabase(async () => {
        const { findActiveUserByEmail } = await import("@/lib/users/data");
        const { createApiToken } = await import("@/lib/tokens/mutations");
        const owner = await findActiveUserByEmail(options.email);
        if (!owner) throw new InvalidArgumentError(`No active user with the email ${options.email}.`);
        return createApiToken(
          owner,
          { name: options.name, expiresInDays: options.expiresInDays, readOnly: options.readOnly ?? false },
          { via: "cli" },
        );
      });
      console.log(`Created token "${created.name}". It is shown only now:`);
      console.log(created.token);
    });
}
