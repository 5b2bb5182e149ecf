// A message formatted once per page instead of once per claim. Formatting through next-intl costs
// microseconds a call (ICU formatting, the translator's lookups); a 250-claim page called it
// thousands of times for labels that differ only in the claim's number (docs/performance.md, sixth
// pass). Formatted once with a slot where the value goes, the message is then filled by joining.
// For plain {value} arguments only: a plural or select on the value would be decided on the slot.
// Pure and browser-safe; a template is a string, so a server component can pass one to a client one.

/** Stands for the value in a formatted template: a private-use character no message contains. */
export const TEMPLATE_SLOT = "\uE000";

/** The message with the value in every place its argument takes. */
export function fillTemplate(template: string, value: string): string {
  return template.split(TEMPLATE_SLOT).join(value);
}

/** Formats once (the caller passes the slot as the argument), then fills for each value. */
export function messageTemplate(format: (slot: string) => string): (value: string) => string {
  const pieces = format(TEMPLATE_SLOT).split(TEMPLATE_SLOT);
  return (value) => pieces.join(value);
}
