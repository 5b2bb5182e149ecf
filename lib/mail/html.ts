// The HTML part of a message: the plain text's paragraphs, escaped, with the one link made
// clickable. Plain text stays the reference; HTML only makes it nicer in a mail client. Pure.

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function htmlFromText(text: string, link?: string): string {
  const paragraphs = text.split(/\n{2,}/).map((paragraph) => {
    const escaped = escapeHtml(paragraph).replace(/\n/g, "<br>");
    if (!link) return `<p>${escaped}</p>`;
    const escapedLink = escapeHtml(link);
    return `<p>${escaped.split(escapedLink).join(`<a href="${escapedLink}">${escapedLink}</a>`)}</p>`;
  });
  return `<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5">${paragraphs.join("\n")}</body></html>`;
}
