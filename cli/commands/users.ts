import type { Command } from "commander";
import { withDatabase } from "../database";

export function registerUserCommands(program: Command) {
  const user = program.command("user").description("Manage users");
  user
    .command("create")
    .description("Create a user; prints a generated password unless --password is given")
    .requiredOption("--email <email>", "sign-in email")
    .requiredOption("--name <name>", "display name")
    .requiredOption("--role <role>", "ADMIN, EDITOR or REVIEWER")
    .option("--password <password>", "initial password (at least 10 characters)")
    .action(async (options: { email: string; name: string; role: string; password?: string }) => {
      const { randomBytes } = await import("node:crypto");
      const password = options.password ?? randomBytes(12).toString("base64url");
      const created = await withDatabase(async () => {
        const { createUser } = await import("@/lib/users/mutations");
        return createUser(null, { ...options, role: options.role.toUpperCase(), password }, { viaCli: true });
      });
      console.log(`Created ${created.role} ${created.email} (${created.id}).`);
      if (!options.password) console.log(`Password (shown once): ${password}`);
    });
}
