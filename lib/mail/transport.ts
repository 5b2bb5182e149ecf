// Sending one message over SMTP with nodemailer. Called by the mail job (lib/mail/job.ts), never
// by the action that wanted the mail: a slow or failing server must not hold anyone up.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { mailConfig, type MailConfig } from "./config";
import type { MailMessage } from "./message";

let cached: { url: string; transporter: Transporter } | null = null;

function transporterFor(config: MailConfig): Transporter {
  if (cached?.url !== config.smtpUrl) {
    cached?.transporter.close();
    // Bounded waits: a job that hangs on a dead server would hold a worker until its expiry.
    const transporter = nodemailer.createTransport(config.smtpUrl, {
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
    cached = { url: config.smtpUrl, transporter };
  }
  return cached.transporter;
}

/** Sends the message; throws when email is off or the server refuses (the job is retried). */
export async function deliverMail(message: MailMessage, config = mailConfig()): Promise<{ messageId: string }> {
  if (!config) throw new Error("Email is off: set SMTP_URL and CLAIMLEDGER_MAIL_FROM.");
  const info = await transporterFor(config).sendMail({
    from: config.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html ? { html: message.html } : {}),
  });
  return { messageId: String(info.messageId) };
}
