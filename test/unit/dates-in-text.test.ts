// The shared date reader: chrono-node with month typos mended, positions
// given on the text as written, and a date without its year kept as such.
import { describe, expect, it } from "vitest";
import { datesInText, isoDate, mendMonthTypos, monthNumber } from "../../src/domain/dates-in-text.ts";
import { readDue } from "../../src/domain/due.ts";

const read = (text: string) =>
  datesInText(text).map((d) => ({ date: isoDate(d.year, d.month, d.day), text: text.slice(d.index, d.end) }));

describe("dates in text", () => {
  it("reads the ways minutes write a date, with the span of the date alone", () => {
    expect(read("Held on Friday 4 November 2016 at the Mission, from 10:00 – 11:30 hours")).toEqual([
      { date: "2016-11-04", text: "Friday 4 November 2016" },
    ]);
    expect(read("the 17th January 2017; November 4, 2016; 04.11.2016 and 2016-12-07")).toEqual([
      { date: "2017-01-17", text: "17th January 2017" },
      { date: "2016-11-04", text: "November 4, 2016" },
      { date: "2016-11-04", text: "04.11.2016" },
      { date: "2016-12-07", text: "2016-12-07" },
    ]);
  });

  it("mends month typos beside a day or a year and maps positions back", () => {
    const text = "held on 4 Novmber 2016; next on Thursday, 9 Febuary 2017 from 10:00h";
    expect(read(text)).toEqual([
      { date: "2016-11-04", text: "4 Novmber 2016" },
      { date: "2017-02-09", text: "Thursday, 9 Febuary 2017" },
    ]);
    expect(mendMonthTypos("the Junior Officer and the Decision of 3 Decmber").text).toBe(
      "the Junior Officer and the Decision of 3 December",
    );
    expect([monthNumber("Sept"), monthNumber("Janaury"), monthNumber("Decision")]).toEqual([9, 1, undefined]);
  });

  it("keeps a date without its year, with its weekday, and leaves numbers and months alone", () => {
    expect(datesInText("Thursday 14 June")).toEqual([
      { index: 0, end: 16, year: null, month: 6, day: 14, weekday: 4 },
    ]);
    expect(read("items 5.1 and 7/12, CHF 96'433, in March 2017, next week")).toEqual([]);
  });
});

describe("due dates typed in chat share the reader", () => {
  const now = new Date("2016-11-10T09:00:00Z");

  it("reads a misspelt month in a date and in 'the <month> meeting'", () => {
    expect(readDue("9 Febuary 2017", now, "Europe/Zurich")).toEqual({ kind: "date", dueOn: "2017-02-09" });
    expect(readDue("the Decmber meeting", now, "Europe/Zurich")).toEqual({
      kind: "meeting-in-month",
      month: 12,
    });
    expect(readDue("7/12", now, "Europe/Zurich")).toEqual({ kind: "date", dueOn: "2016-12-07" });
  });
});
