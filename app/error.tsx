"use client";
// Shown when a page fails unexpectedly. It never shows the error's message or stack: those
// stay in the server log, identified by the digest below.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="card empty" role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be shown. Try again; if it keeps failing, give your admin this reference.</p>
      {error.digest ? <p className="muted">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
