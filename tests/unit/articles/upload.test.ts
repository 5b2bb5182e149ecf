import { describe, expect, it } from "vitest";
import { decodeUpload, MAX_HTML_UPLOAD_BYTES } from "@/lib/articles/upload";
import { MAX_BODY_BYTES } from "@/lib/articles/schema";
import { AppError } from "@/lib/errors";

const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(fileName: string, bytes: Uint8Array): AppError {
  try {
    decodeUpload(fileName, bytes);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the upload to be refused");
}

describe("decodeUpload", () => {
  it("reads .txt and .md as they are (minus a BOM), with a title suggestion", () => {
    const text = decodeUpload("flood-report.txt", utf8("\uFEFFOfficials said 1,200 people left.\r\n"));
    expect(text).toEqual({ format: "text", text: "Officials said 1,200 people left.\r\n", title: "flood report" });
    const md = decodeUpload("Notes.MD", utf8("# Flood report\n\nOfficials said so."));
    expect(md).toMatchObject({ format: "markdown", title: "Flood report", text: "# Flood report\n\nOfficials said so." });
  });

  it("turns .html into readable text", () => {
    const html = decodeUpload("page.html", utf8("<title>T</title><nav>Menu</nav><p>Officials said 1,200 left.</p><script>x()</script>"));
    expect(html).toEqual({ format: "html", text: "Officials said 1,200 left.", title: "T" });
  });

  it("refuses unsupported extensions", () => {
    const error = refusal("report.pdf", utf8("%PDF-1.7"));
    expect(error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(error.message).toMatch(/\.txt, \.md or \.html/);
    expect(refusal("noextension", utf8("text")).code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("refuses binary files and non-UTF-8 text with a clear message", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(refusal("image.txt", png).message).toMatch(/binary/);
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]); // "Café ok" in ISO-8859-1
    const error = refusal("latin1.txt", latin1);
    expect(error.message).toMatch(/not valid UTF-8/);
    expect(error.details.fields?.file?.[0]).toBe(error.message);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect(refusal("utf16.txt", utf16).message).toMatch(/UTF-16/);
    const controls = utf8(`a\u0001b\u0002c\u0003d\u0004e\u0005`.repeat(20));
    expect(refusal("controls.md", controls).message).toMatch(/binary/);
  });

  it("refuses empty files and HTML with no readable text", () => {
    expect(refusal("empty.txt", new Uint8Array()).message).toMatch(/empty/);
    expect(refusal("blank.html", utf8("<script>only()</script><p hidden>x</p>")).message).toMatch(/no readable text/);
  });

  it("refuses text over 2 MB, and HTML files over their own limit", () => {
    const big = new Uint8Array(MAX_BODY_BYTES + 1).fill(0x61);
    expect(refusal("big.txt", big).code).toBe("PAYLOAD_TOO_LARGE");
    const bigHtml = new Uint8Array(MAX_HTML_UPLOAD_BYTES + 1).fill(0x61);
    expect(refusal("big.html", bigHtml).code).toBe("PAYLOAD_TOO_LARGE");
    // Within the HTML file limit, but the text it yields is over 2 MB.
    const wordy = utf8(`<p>${"a".repeat(MAX_BODY_BYTES + 10)}</p>`);
    expect(refusal("wordy.html", wordy).message).toMatch(/larger than 2 MB/);
  });
});
