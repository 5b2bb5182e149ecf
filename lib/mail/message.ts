// An email as the queue carries it: plain JSON, so a job can be retried by any worker.
export interface MailMessage {
  to: string;
  subject: string;
  /** Always present: every message reads in a plain-text client. */
  text: string;
  html?: string;
}
