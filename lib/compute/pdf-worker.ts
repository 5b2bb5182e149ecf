// The entry of the PDF report thread (lib/compute/index.ts, renderPdfOffLoop): only the PDF
// renderer, so the thread loads neither the HTML reader nor claim extraction (about a second of
// start-up and 40 MB less, docs/reports.md), and it warms up as it starts: fonts read and parsed,
// a page laid out, while the main thread is still loading the report's data.
import { renderPdf, warmUpPdf } from "@/lib/reports/pdf";
import { serveTasks } from "./serve";

serveTasks({ renderPdf });
warmUpPdf();
