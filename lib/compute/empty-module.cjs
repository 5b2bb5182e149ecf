// What "server-only" resolves to in the PDF worker bundle (pdf-worker-bundle.mjs): on the server
// the marker does nothing, as Next.js and bin/server-context.mjs make it.
