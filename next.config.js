/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets parallel checkouts or test runs keep separate builds (default .next).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // forbidden() renders app/forbidden.tsx with HTTP 403.
  // Article import sends up to 2 MB of text, or an HTML file of up to 10 MB, to a server action.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "12mb" } },
  // Native or Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "pdfkit"],
};

export default nextConfig;
