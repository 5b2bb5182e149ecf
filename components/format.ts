// Page formatting of times: every page writes them in the reader's zone through lib/time.
export { formatDate, formatDateTime, formatDue, isoDay } from "@/lib/time/format";

/** The zone for calendar days stored as their UTC midnight (publication and access dates). */
export const CALENDAR_DAY_ZONE = "UTC";
