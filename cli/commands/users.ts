import { InvalidArgumentError, type Command } from "commander";
import { withDatabase } from "../database";

/** All of standard input up to the first line break: `echo "$PASSWORD" | claimledger user set-password …`. */
async function firstLineOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  const line = Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0];
  if (!line) throw new InvalidArgumentError("No password on standard input.");
  return line;
}

/** Asks on the terminal without echoing what is typed. */
async function askHidden(question: string): Promise<string> {
  const { createInterface } = await import("node:readline/promises");
  const { Writable } = await import("node:stream");
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, encoding: BufferEncoding, done: () => void) {
      if (!muted) process.stdout.write(chunk, encoding);
      done();
    },
  });
  const prompt = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = prompt.question(question); // writes the question, then waits
    muted = true;
    const typed = await answer;
    process.stdout.write("\n");
    return typed;
  } finally {
    prompt.close();
  }
}

async function askNewPassword(): Promise<string> {
  const password = await askHidden("New password: ");
  if ((await askHidden("Repeat it: ")) !== password) throw new InvalidArgumentError("The two passwords differ.");
  return password;
}

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
  user
    .command("set-password")
    .description(
      "Set anyone's password (the same rules as in the app) and end their browser sessions. Asks for it on the " +
        "terminal, or reads the first line of standard input when that is not a terminal",
    )
    .requiredOption("--email <email>", "the user's sign-in email")
    .option(
      "--password <password>",
      "the new password (ends up in shell history and the process list: prefer the prompt or stdin)",
    )
    .option("--stdin", "read the password from standard input even when it is a terminal")
    .action(async (options: { email: string; password?: string; stdin?: boolean }) => {
      const password =
        options.password ?? (options.stdin || !process.stdin.isTTY ? await firstLineOfStdin() : await askNewPassword());
      const { user: changed, endedSessions } = await withDatabase(async () => {
        const { setPasswordViaCli } = await import("@/lib/users/mutations");
        return setPasswordViaCli(options.email, { password });
      });
      const sessions = endedSessions === 1 ? "1 browser session" : `${endedSessions} browser sessions`;
      console.log(
        `Set a new password for ${changed.email}${changed.active ? "" : " (deactivated)"}; ended ${sessions}.`,
      );
    });
  user
    .command("reset-password")
    .description(
      "Email the user a single-use link (valid one hour) to choose a new password. Needs SMTP_URL and " +
        "CLAIMLEDGER_MAIL_FROM; sent at once, so an SMTP error shows here",
    )
    .requiredOption("--email <email>", "the user's sign-in email")
    .action(async (options: { email: string }) => {
      const sent = await withDatabase(async () => {
        const { sendResetLinkViaCli } = await import("@/lib/accounts/password-reset");
        return sendResetLinkViaCli(options.email);
      });
      console.log(`Sent a password reset link to ${sent.email}; it works once, until ${sent.expiresAt.toISOString()}.`);
    });
  user
    .command("reset-two-factor")
    .description(
      "Turn two-factor sign-in off for someone who lost their authenticator app and recovery codes; they sign in " +
        "with their password and set it up again (required for admins and editors when the workplace asks for it)",
    )
    .requiredOption("--email <email>", "the user's sign-in email")
    .action(async (options: { email: string }) => {
      const done = await withDatabase(async () => {
        const { resetTwoFactorViaCli } = await import("@/lib/accounts/two-factor");
        return resetTwoFactorViaCli(options.email);
      });
      console.log(
        done.wasOn
          ? `Turned two-factor sign-in off for ${done.email}; their recovery codes no longer work.`
          : `Two-factor sign-in was not on for ${done.email}; nothing changed.`,
      );
    });
}
