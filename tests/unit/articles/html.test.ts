import { describe, expect, it } from "vitest";
import { htmlToText } from "@/lib/articles/html";

const page = (body: string, head = "<title>Page title</title>") => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe("htmlToText", () => {
  it("drops scripts, styles, navigation and form controls", () => {
    const { text } = htmlToText(
      page(`<nav><a href="/">Home</a> <a href="/world">World news</a></nav>
        <script>window.secret = "tracking";</script><style>.x { color: red }</style>
        <noscript>Enable JavaScript</noscript><form><button>Subscribe</button><input value="email"></form>
        <article><h1>Flood waters recede</h1><p>Officials said 1,200 people were evacuated.</p></article>`),
    );
    expect(text).toBe("Flood waters recede\n\nOfficials said 1,200 people were evacuated.");
    for (const gone of ["Home", "World news", "tracking", "color", "Enable JavaScript", "Subscribe", "Page title"]) {
      expect(text).not.toContain(gone);
    }
  });

  it("drops hidden elements: hidden attribute, aria-hidden and inline display:none / visibility:hidden", () => {
    const { text } = htmlToText(
      page(`<p>Visible one.</p><p hidden>Hidden attr.</p><div aria-hidden="true">Aria hidden.</div>
        <div aria-hidden="false">Aria shown.</div><span style="color: red; DISPLAY : none !important">Styled away.</span>
        <p style="visibility:hidden">Invisible.</p><p style="display: block">Block shown.</p>`),
    );
    expect(text).toContain("Visible one.");
    expect(text).toContain("Aria shown.");
    expect(text).toContain("Block shown.");
    for (const gone of ["Hidden attr", "Aria hidden", "Styled away", "Invisible"]) expect(text).not.toContain(gone);
  });

  it("keeps paragraphs, lists and entities readable, links without their addresses", () => {
    const { text } = htmlToText(
      page(`<p>Prices &amp; wages rose &lt;5%&gt; in <a href="https://example.org/x">the capital</a>.</p>
        <ul><li>First point</li><li>Second point</li></ul><p>Caf&eacute; 👩‍👩‍👧 عربى</p>`),
    );
    expect(text).toBe("Prices & wages rose <5%> in the capital.\n\n- First point\n- Second point\n\nCafé 👩‍👩‍👧 عربى");
  });

  it("suggests the <title>, else the first <h1>", () => {
    expect(htmlToText(page("<p>x</p>", "<title> The  title </title>")).title).toBe("The title");
    expect(htmlToText(page("<h1>Heading</h1><p>x</p>", "")).title).toBe("Heading");
    expect(htmlToText("<p>No title at all</p>").title).toBeUndefined();
  });
});
