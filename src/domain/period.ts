// Periods as the documents state them ("March 2017", "June 2017", "2017"),
// read against the clock: an activity recorded as held in March 2017 is still
// to come when the clock says November 2016.

/** Month names in calendar order, lower case. */
export const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/** The first instant after the period, or null when the text is not a month or a year. */
export function periodEnd(period: string | null): Date | null {
  if (!period) return null;
  const text = period.trim().toLowerCase();
  const monthYear = /^(?:(?:early|mid|late)\s+)?([a-z]+)\s+(\d{4})$/.exec(text);
  if (monthYear) {
    const month = MONTH_NAMES.indexOf((monthYear[1] ?? "") as (typeof MONTH_NAMES)[number]);
    if (month >= 0) return new Date(Date.UTC(Number(monthYear[2]), month + 1, 1));
  }
  const year = /^(\d{4})$/.exec(text);
  return year ? new Date(Date.UTC(Number(year[1]) + 1, 0, 1)) : null;
}

/** "held" only once the period is over by the clock; before that the activity is still scheduled. */
export function activityStatusAt(status: string, period: string | null, now: Date): string {
  const end = periodEnd(period);
  if (status === "held" && end && end.getTime() > now.getTime()) return "scheduled";
  return status;
}
