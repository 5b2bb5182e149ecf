// The entry of the thread that reads a document file's text (file-text-run.ts starts it).
import { serveTasks } from "@/lib/compute/serve";
import { readFileText, type FileTextLimits } from "./file-text";

serveTasks({
  readFileText: ({ bytes, contentType, limits }: { bytes: Uint8Array; contentType: string; limits: FileTextLimits }) =>
    readFileText(bytes, contentType, limits),
});
