// Runs once when the Next.js server starts. The sign-in throttle needs each request's real
// client address, which route handlers cannot see: this stamps it onto every request from the
// socket (overwriting anything a client sent). See lib/auth/client-address.ts, docs/accounts.md.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installClientAddressHeader } = await import("./lib/auth/client-address");
    installClientAddressHeader();
  }
}
