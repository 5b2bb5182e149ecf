// Shown on every page while `npm start` found a demo account that still signs in with the
// password the README publishes (scripts/start.ts sets CLAIMLEDGER_DEMO for the app process).
// Read at request time on the server; the root layout is dynamic (it reads the session).
export function DemoBanner() {
  if (process.env.CLAIMLEDGER_DEMO !== "true") return null;
  return (
    <div className="demo-banner" role="note">
      <strong>Demo.</strong> The demo accounts sign in with the password published in the README, so anyone who can
      reach this server can sign in as its admin. Do not keep real work here: change those passwords or run production
      on your own PostgreSQL (docs/operations.md).
    </div>
  );
}
