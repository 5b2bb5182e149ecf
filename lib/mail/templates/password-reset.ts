// The reset-link message. Names nothing but the person and the link: no claim content.
import { htmlFromText } from "../html";
import type { MailMessage } from "../message";

export function passwordResetMail({
  to,
  name,
  link,
  expiresAt,
}: {
  to: string;
  name: string;
  link: string;
  expiresAt: Date;
}): MailMessage {
  const text = [
    `Hello ${name},`,
    "Someone (we hope you) asked to choose a new ClaimLedger password for this address. Open this link to choose one:",
    link,
    `The link works once, until ${expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC. If you did not ask, ignore this message: your password stays as it is.`,
  ].join("\n\n");
  return { to, subject: "Choose a new ClaimLedger password", text, html: htmlFromText(text, link) };
}
