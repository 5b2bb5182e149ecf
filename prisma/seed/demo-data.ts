// The demo workspace a new user sees first. Demo seed only: never run in a production setup.
export const DEMO_PASSWORD = "claimledger-demo";

export const DEMO_USERS = [
  { email: "admin@claimledger.local", name: "Ada Admin", role: "ADMIN" },
  { email: "editor@claimledger.local", name: "Eddie Editor", role: "EDITOR" },
  { email: "reviewer@claimledger.local", name: "Rita Reviewer", role: "REVIEWER" },
  { email: "reviewer2@claimledger.local", name: "Ravi Reviewer", role: "REVIEWER" },
] as const;

export const DEMO_ARTICLE = {
  title: "Syrian army withdrawals continue as opposition takes Quneitra key positions",
  publisher: "Al Bawaba",
  publishedAt: "2024-12-07T10:48:00Z",
  // The source article of the project: a December 2024 report on the Syrian conflict.
  bodyFile: "seed-article.txt",
} as const;
