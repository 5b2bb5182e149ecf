// The end-to-end tests' mail server: a real SMTP server on 127.0.0.1 (smtp-server) that keeps what
// the app sends, and answers GET /messages on a small HTTP port with what arrived (parsed by
// mailparser), so specs can read the email a person would get. Started by playwright.config.ts
// before the app, with E2E_SMTP_PORT and E2E_MAIL_PORT.
import http from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

interface Captured {
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  receivedAt: string;
}

const smtpPort = Number(process.env.E2E_SMTP_PORT);
const httpPort = Number(process.env.E2E_MAIL_PORT);
if (!smtpPort || !httpPort) throw new Error("E2E_SMTP_PORT and E2E_MAIL_PORT must be set (playwright.config.ts).");

const messages: Captured[] = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const to = [mail.to]
          .flat()
          .flatMap((address) => address?.value.map((entry) => entry.address?.toLowerCase() ?? "") ?? []);
        messages.push({
          to,
          subject: mail.subject ?? "",
          text: mail.text ?? "",
          html: typeof mail.html === "string" ? mail.html : null,
          receivedAt: new Date().toISOString(),
        });
        callback();
      })
      .catch(callback);
  },
});
smtp.listen(smtpPort, "127.0.0.1");

http
  .createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/health") return response.end("ok");
    if (url.pathname !== "/messages") return response.writeHead(404).end();
    const to = url.searchParams.get("to")?.toLowerCase();
    const found = to ? messages.filter((message) => message.to.includes(to)) : messages;
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(found));
  })
  .listen(httpPort, "127.0.0.1");

for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => process.exit(0));
