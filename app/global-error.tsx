"use client";
// Last resort when even the root layout fails. No message or stack is shown.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>ClaimLedger could not load this page</h1>
        <p>Please reload. If it keeps failing, give your admin this reference: {error.digest ?? "none"}.</p>
      </body>
    </html>
  );
}
