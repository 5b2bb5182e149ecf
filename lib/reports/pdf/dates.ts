// Times in the PDF, in the reader's time zone and naming it ("2024-12-11 10:30 Europe/Berlin
// (GMT+1)"); a zone Intl does not know falls back to UTC, so a stale setting cannot break a report.
const formats = new Map<string, Intl.DateTimeFormat>();

export function validTimeZone(zone: string | undefined): string {
  if (!zone) return "UTC";
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone;
  } catch {
    return "UTC";
  }
}

function formatFor(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "shortOffset",
    });
    formats.set(zone, format);
  }
  return format;
}

function parts(date: Date, zone: string) {
  const values = Object.fromEntries(
    formatFor(zone)
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return {
    day: `${values.year}-${values.month}-${values.day}`,
    time: `${values.hour}:${values.minute}`,
    offset: values.timeZoneName ?? "",
  };
}

/** "2024-12-11 09:30 UTC", or "2024-12-11 10:30 Europe/Berlin (GMT+1)". */
export function formatDateTime(date: Date, zone: string): string {
  const { day, time, offset } = parts(date, zone);
  return zone === "UTC" ? `${day} ${time} UTC` : `${day} ${time} ${zone} (${offset})`;
}

/** The calendar day in the zone ("2024-12-11"). */
export function formatDay(date: Date, zone: string): string {
  return parts(date, zone).day;
}
