// Queueing an email: the one door every feature uses (password reset, notifications, the digest,
// webhook alerts). The message goes through the job queue (kind "mail_send", retried with
// back-off) so that a slow or failing SMTP server never blocks or fails the action that caused it.
import "server-only";
import type { DbTransaction } from "@/lib/db/client";
import { enqueue } from "@/lib/jobs/enqueue";
import { mailEnabled } from "./config";
import type { MailMessage } from "./message";

/**
 * Queues the message; returns the job id, or null when email is off or the queue cannot be
 * reached (logged: the action that asked goes on). With `tx` the job exists exactly when the
 * transaction commits.
 */
export async function queueMail(message: MailMessage, options: { tx?: DbTransaction } = {}): Promise<string | null> {
  if (!mailEnabled()) return null;
  try {
    // Optional also on a transaction: a queue that cannot be started (pg-boss's own connections
    // refused, its schema not creatable) is logged and skipped by enqueue before any statement
    // runs on `tx`, so the change commits without its email (the notification is in the app).
    return await enqueue("mail_send", message, { tx: options.tx, optional: true });
  } catch (error) {
    // The insert itself failed on the transaction: PostgreSQL has aborted it, so the change
    // cannot commit anyway; its own error is the one to report.
    if (options.tx) throw error;
    console.error("[claimledger] could not queue an email:", error);
    return null;
  }
}
