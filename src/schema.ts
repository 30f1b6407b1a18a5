// The JSON Schema (draft 2020-12) of `--format json` output, printed by `extract schema`.
// Change SCHEMA_VERSION, and `schemaVersion` in the output, whenever the shape changes.

export const SCHEMA_VERSION = 2;

const nullableString = { type: ["string", "null"] };
const nullableNumber = { type: ["number", "null"] };
const offsets = {
  start: { type: "integer", minimum: 0 },
  end: { type: "integer", minimum: 0 },
  text: { type: "string", minLength: 1 },
  rule: { type: "string", minLength: 1 },
};
const spanRequired = ["start", "end", "text", "rule"];

const mention = {
  type: "object",
  required: spanRequired,
  properties: { ...offsets },
};

export const OUTPUT_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "urn:extract:output:v2",
  title: "extract output",
  description: "Actors, locations, operations, dates and figures extracted from news articles about armed conflict.",
  type: "object",
  required: ["schemaVersion", "documents"],
  properties: {
    schemaVersion: { const: SCHEMA_VERSION },
    documents: { type: "array", items: { $ref: "#/$defs/document" } },
    summary: { $ref: "#/$defs/summary" },
  },
  $defs: {
    summary: {
      type: "object",
      required: ["documents", "operations", "tolls", "unattributed"],
      properties: {
        documents: { type: "integer", minimum: 0 },
        operations: {
          type: "array",
          items: {
            type: "object",
            required: ["type", "actor", "operations", "documents"],
            properties: {
              type: { type: "string" },
              actor: nullableString,
              operations: { type: "integer", minimum: 1 },
              documents: { type: "integer", minimum: 1 },
            },
          },
        },
        tolls: {
          type: "array",
          items: {
            type: "object",
            required: ["actor", "location", "strikes", "killed", "injured", "documents"],
            properties: {
              actor: nullableString,
              location: nullableString,
              strikes: { type: "number", minimum: 0 },
              killed: { type: "number", minimum: 0 },
              injured: { type: "number", minimum: 0 },
              documents: { type: "integer", minimum: 1 },
            },
          },
        },
        unattributed: {
          type: "object",
          required: ["killed", "injured", "documents"],
          properties: {
            killed: { type: "number", minimum: 0 },
            injured: { type: "number", minimum: 0 },
            documents: { type: "integer", minimum: 0 },
          },
        },
      },
    },
    document: {
      type: "object",
      required: ["id", "path", "title", "published", "sources"],
      properties: {
        id: { type: "string" },
        path: { type: "string" },
        title: nullableString,
        // The day, or the day and minute when the text (or the input record) gives the time.
        published: { type: ["string", "null"], pattern: "^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2})?$" },
        actors: { type: "array", items: { $ref: "#/$defs/actor" } },
        locations: { type: "array", items: { $ref: "#/$defs/location" } },
        dates: { type: "array", items: { $ref: "#/$defs/date" } },
        intervals: { type: "array", items: { $ref: "#/$defs/interval" } },
        figures: { type: "array", items: { $ref: "#/$defs/figure" } },
        operations: { type: "array", items: { $ref: "#/$defs/operation" } },
        sources: { type: "array", items: { type: "string" } },
        meta: { type: "object" },
      },
    },
    actor: {
      type: "object",
      required: ["name", "type", "aliases", "mentions"],
      properties: {
        name: { type: "string" },
        type: { enum: ["state", "armed_group", "organization", "person"] },
        role: nullableString,
        affiliation: nullableString,
        units: { type: "array", items: { type: "string" } },
        country: { type: "string", pattern: "^[A-Z]{2}$" },
        unnamed: { type: "boolean" },
        aliases: { type: "array", items: { type: "string" } },
        mentions: {
          type: "array",
          items: { ...mention, properties: { ...offsets, actor: { type: "string" }, unit: nullableString } },
        },
      },
    },
    location: {
      type: "object",
      required: ["name", "type", "country", "lat", "lon", "aliases", "mentions"],
      properties: {
        name: { type: "string" },
        type: { enum: ["country", "region", "city", "base", "sea", "other"] },
        country: { type: ["string", "null"], pattern: "^[A-Z]{2}$" },
        admin1: nullableString,
        lat: { type: ["number", "null"], minimum: -90, maximum: 90 },
        lon: { type: ["number", "null"], minimum: -180, maximum: 180 },
        aliases: { type: "array", items: { type: "string" } },
        mentions: { type: "array", items: { ...mention, properties: { ...offsets, key: { type: "string" } } } },
      },
    },
    date: {
      type: "object",
      required: [...spanRequired, "value", "type"],
      properties: {
        ...offsets,
        value: nullableString,
        type: { enum: ["date", "time", "duration", "set"] },
        range: {
          type: "object",
          required: ["start", "end"],
          properties: { start: nullableString, end: nullableString },
        },
        vague: { type: "boolean" },
      },
    },
    interval: {
      type: "object",
      required: [...spanRequired, "value", "from", "to"],
      properties: {
        ...offsets,
        value: { type: "string", pattern: "^[^/]+/[^/]+$" },
        from: nullableString,
        to: nullableString,
      },
    },
    figure: {
      type: "object",
      required: [...spanRequired, "value", "category", "approximate", "bound"],
      properties: {
        ...offsets,
        value: { type: "number" },
        max: { type: "number" },
        category: { enum: ["strikes", "killed", "injured", "targets", "munitions", "equipment", "personnel", "other"] },
        approximate: { type: "boolean" },
        bound: { enum: ["lower", "upper", null] },
        subject: nullableString,
        side: { enum: ["civilian", "military", "militant", null] },
        unit: nullableString,
        operation: { type: ["integer", "null"], minimum: 0 },
      },
    },
    operation: {
      type: "object",
      required: [...spanRequired, "type", "actor", "target", "location", "date", "count", "trigger", "mentions", "roles"],
      properties: {
        ...offsets,
        type: { enum: ["airstrike", "missile_strike", "shelling", "ground_operation", "bombing", "clash", "other"] },
        actor: nullableString,
        target: nullableString,
        location: nullableString,
        date: nullableString,
        count: nullableNumber,
        name: nullableString,
        instrument: nullableString,
        trigger: { $ref: "#/$defs/span" },
        mentions: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            required: [...spanRequired, "trigger"],
            properties: { ...offsets, trigger: { $ref: "#/$defs/span" } },
          },
        },
        roles: {
          type: "object",
          required: ["actor", "target", "location", "date"],
          properties: { actor: nullableString, target: nullableString, location: nullableString, date: nullableString },
        },
      },
    },
    span: {
      type: "object",
      required: ["start", "end", "text"],
      properties: { start: offsets.start, end: offsets.end, text: offsets.text },
    },
  },
} as const;
