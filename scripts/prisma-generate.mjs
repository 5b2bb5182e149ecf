// Runs `prisma generate` offline. The Prisma CLI insists on locating a native schema engine
// before it does anything, although generation itself runs in WebAssembly and never executes
// it; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing executable (node itself) satisfies
// that check without a download. See docs/architecture.md, "Prisma without native engines".
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [prismaCli, "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
process.exit(result.status ?? 1);
