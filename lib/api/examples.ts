// Examples for the main operations of the OpenAPI document (tests/unit/api/openapi-examples.test.ts
// checks each against its schema, so they cannot drift from the API).
const ARTICLE_ID = "cm4x7k2lq0001a8b3c9d4e5f6";
const CLAIM_ID = "cm4x7k2lq0007a8b3xyz12345";

export const importArticleExample = {
  title: "Syrian army withdraws from Hama as rebels advance",
  body: "The Syrian army said on Thursday it had withdrawn from the city of Hama.\n\nThe UN said 370,000 people had fled the fighting since late November.",
  publisher: "Al Bawaba",
  url: "https://www.albawaba.com/news/syria-hama",
  publishedAt: "2024-12-05",
};

const overview = {
  id: ARTICLE_ID,
  title: importArticleExample.title,
  publisher: "Al Bawaba",
  publishedAt: "2024-12-05T00:00:00.000Z",
  createdAt: "2024-12-05T09:12:44.000Z",
  finalizedAt: null,
  importedByName: "Rana Haddad",
  total: 2,
  pending: 1,
  corroborated: 1,
  disputed: 0,
  unverified: 0,
  withVerdict: 1,
  openAssignments: 1,
  overdueAssignments: 0,
  lastActivityAt: "2024-12-05T11:40:02.000Z",
};

export const articleListExample = { articles: [overview], next: "c1.Y200eDdrMmxxMDAwMWE4YjNjOWQ0ZTVmNg" };

export const claimListExample = {
  claims: [
    {
      id: CLAIM_ID,
      articleId: ARTICLE_ID,
      number: 2,
      text: "The UN said 370,000 people had fled the fighting since late November.",
      statement: "The UN said 370,000 people had fled the fighting since late November.",
      start: 74,
      end: 144,
      claimant: "The UN",
      status: "PENDING",
      version: 3,
      score: 0.91,
      currentSources: 1,
      assignee: { id: "cm4x7k2lq0003a8b3reviewer1", name: "Omar Said", active: true },
      dueAt: "2024-12-06T21:59:59.999Z",
      overdue: false,
      createdAt: "2024-12-05T09:12:44.000Z",
      updatedAt: "2024-12-05T10:02:13.000Z",
    },
  ],
  next: null,
};

export const addEvidenceExample = {
  url: "https://www.unhcr.org/news/syria-displacement-december-2024",
  title: "UNHCR: displacement in north-west Syria",
  publisher: "UNHCR",
  stance: "SUPPORTS",
  excerpt: "An estimated 370,000 people have been displaced since 27 November.",
  version: 3,
};

export const verdictExample = {
  status: "CORROBORATED",
  rationale: "UNHCR's own figures give the same number for the same period.",
  version: 4,
};

export const validationErrorExample = {
  error: {
    code: "VALIDATION_FAILED",
    message: "The input is not valid.",
    fields: { rationale: ["Explain the verdict in at least 15 characters."] },
  },
};
