// ISO calendar dates. The regex alone would accept 2024-02-30, which is not a day that exists.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a YYYY-MM-DD string naming a real day of the proleptic Gregorian calendar. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The latest of some ISO dates ('' for none). ISO dates sort as strings, so no Date parsing. */
export function latestDate(dates: Iterable<string>): string {
  let latest = '';
  for (const date of dates) if (date > latest) latest = date;
  return latest;
}
