// Runs in the browser before the app's own code. The Content-Security-Policy (proxy.ts) forbids
// eval; zod compiles fast object parsers with `new Function` unless told not to, and even its
// probe for that (which it catches) is reported as a CSP violation. Forms do not need the speed.
import { z } from "zod";

z.config({ jitless: true });
