// Reading what the app emailed, from the capture server (tests/e2e/mail-capture.ts).
import { expect } from "@playwright/test";

export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
  html: string | null;
}

/** Waits for the first email to this address whose subject matches. */
export async function waitForMail(to: string, subject: RegExp, timeoutMs = 45_000): Promise<CapturedMail> {
  const base = `http://127.0.0.1:${process.env.E2E_MAIL_PORT}`;
  let found: CapturedMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${base}/messages?to=${encodeURIComponent(to)}`);
        const messages = (await response.json()) as CapturedMail[];
        found = messages.find((message) => subject.test(message.subject));
        return Boolean(found);
      },
      { timeout: timeoutMs, intervals: [500] },
    )
    .toBe(true);
  return found!;
}
