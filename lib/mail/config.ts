// Whether email is on, and where it goes out: SMTP_URL (smtp://user:pass@host:587, smtps://… for
// TLS from the first byte) and CLAIMLEDGER_MAIL_FROM ("ClaimLedger <news@example.org>") turn it
// on together; without both, email is off and the screens that depend on it say so. Pure.

type Env = Record<string, string | undefined>;

export interface MailConfig {
  smtpUrl: string;
  from: string;
}

export function mailConfig(env: Env = process.env): MailConfig | null {
  const smtpUrl = env.SMTP_URL?.trim();
  const from = env.CLAIMLEDGER_MAIL_FROM?.trim();
  if (!smtpUrl || !from) return null;
  return { smtpUrl, from };
}

export function mailEnabled(env: Env = process.env): boolean {
  return mailConfig(env) !== null;
}

/** The app's public address (NEXTAUTH_URL, as npm start sets it), without a trailing slash: links in mail point there. */
export function appBaseUrl(env: Env = process.env): string {
  return (env.NEXTAUTH_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, "");
}
