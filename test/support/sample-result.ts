import type { ExtractionResult } from "../../src/types.js";

// A small hand-written result, so the formatter tests pin each format's exact output without
// depending on what the extractors find.
export const SAMPLE_TEXT = 'Turkish jets struck Raqqa on Wednesday, killing "at least 12" people.';

export const SAMPLE: ExtractionResult = {
  schemaVersion: 2,
  documents: [
    {
      id: "sample",
      path: "sample.txt",
      title: null,
      published: "2015-08-06",
      actors: [
        {
          name: "Turkey",
          type: "state",
          role: null,
          affiliation: null,
          aliases: ["Turkish"],
          mentions: [{ start: 0, end: 7, text: "Turkish", rule: "demonym", actor: "Turkey", unit: "jets" }],
        },
      ],
      locations: [
        {
          name: "Raqqa",
          type: "city",
          country: "SY",
          admin1: "Raqqa",
          lat: 35.95283,
          lon: 39.00788,
          aliases: ["Raqqa"],
          mentions: [{ start: 20, end: 25, text: "Raqqa", rule: "gazetteer", key: "geonames:172955" }],
        },
      ],
      dates: [{ start: 29, end: 38, text: "Wednesday", rule: "weekday", value: "2015-08-05", type: "date" }],
      intervals: [],
      figures: [
        {
          start: 49,
          end: 68,
          text: 'at least 12" people',
          rule: "count-noun",
          value: 12,
          category: "killed",
          approximate: false,
          bound: "lower",
          subject: "people",
          operation: 0,
        },
      ],
      operations: [
        {
          start: 0,
          end: 38,
          text: "Turkish jets struck Raqqa on Wednesday",
          rule: "jets-struck",
          type: "airstrike",
          actor: "Turkey",
          target: null,
          location: "Raqqa",
          date: "2015-08-05",
          count: null,
          name: null,
          instrument: "jets",
          trigger: { start: 13, end: 19, text: "struck" },
        },
      ],
      sources: [],
    },
  ],
};
