// Modules that must never reach a browser bundle start with `import "server-only"`; Next.js
// resolves that marker to an empty module on the server. Plain Node (the CLI and the npm
// scripts run through tsx) would load the package's throwing default instead, so this hook
// resolves the marker to an empty module for them too. Load it first: `--import`.
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
