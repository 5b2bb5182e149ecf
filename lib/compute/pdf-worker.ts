// The entry of the PDF report thread (lib/compute/index.ts, renderPdfOffLoop): only the PDF
// renderer, so the thread loads neither the HTML reader nor claim extraction (about a second of
// start-up and 40 MB less, docs/reports.md), and it warms up as it starts: fonts read and parsed,
// a page laid out, while the main thread is still loading the report's data. After the warm-up and
// after each report it collects its garbage at once, so the kept thread goes back to its resting
// size between exports instead of carrying one report's leftovers into the next.
import { renderPdf, warmUpPdf } from "@/lib/reports/pdf";
import { collectGarbage } from "./collect-garbage";
import { serveTasks } from "./serve";

serveTasks({ renderPdf }, { afterEach: collectGarbage });
warmUpPdf(collectGarbage);
