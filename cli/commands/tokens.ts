import { InvalidArgumentError, type Command } from "commander";
import { withDatabase } from "../database";

export function registerTokenCommands(program: Command) {
  const token = program.command("token").description("Manage personal API tokens");
  token
    .command("create")
    .description("Create an API token for a user and print it once")
    .requiredOption("--email <email>", "the token's owner")
    .requiredOption("--name <name>", "a name to recognise the token by")
    .action(async (options: { email: string; name: string }) => {
      const created = await withDatabase(async () => {
        const { findActiveUserByEmail } = await import("@/lib/users/data");
        const { createApiToken } = await import("@/lib/tokens/mutations");
        const owner = await findActiveUserByEmail(options.email);
        if (!owner) throw new InvalidArgumentError(`No active user with the email ${options.email}.`);
        return createApiToken(owner, { name: options.name }, { via: "cli" });
      });
      console.log(`Created token "${created.name}". It is shown only now:`);
      console.log(created.token);
    });
}
