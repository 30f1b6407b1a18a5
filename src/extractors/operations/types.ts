import type { Actor, DateMention, FigureMention, Location, OperationType, Span } from "../../types.js";
import type { ClauseBounds } from "./clause.js";
import type { RoleRuleName } from "./rules/roles.js";
import type { TriggerRule } from "./rules/triggers.js";

/** Which role rule filled each attribute (rules/roles.ts). */
export interface RoleRules {
  actor: RoleRuleName | null;
  target: RoleRuleName | null;
  location: RoleRuleName | null;
  date: RoleRuleName | null;
}

export interface OperationContext {
  actors: Actor[];
  locations: Location[];
  dates: DateMention[];
  figures: FigureMention[];
}

/**
 * One mention of an action, found by a trigger rule in one clause, with the attributes its
 * own clause (or sentence) gives. Mentions of the same action are merged into one operation.
 */
export interface Candidate extends OperationAttributes {
  rule: string;
  /** The trigger rule that made it, for its flags. */
  source: TriggerRule;
  type: OperationType;
  /** The type is a default ("attack", "the operation"), to be replaced by a more specific mention's. */
  generic: boolean;
  /** "the strike", "Wednesday's operation": refers back to an action already reported. */
  reference: boolean;
  /** "new airstrikes", "another strike", "an attack" (generic, indefinite): a new action. */
  fresh: boolean;
  /** The trigger is a finite verb ("struck"), not a noun ("the strike"). */
  isVerb: boolean;
  trigger: Span;
  clause: ClauseBounds;
  sentence: { start: number; end: number };
  sentenceText: string;
  /** The location was found in the trigger's own clause (not the wider sentence). */
  locationInClause: boolean;
  /**
   * The trigger opens a coordinated verb phrase after another action of its clause ("repelled
   * attacks near Bakhmut and struck depots in Zaporizhzhia"): a second action, not a repeat.
   * The offset where that phrase starts, or null.
   */
  coordinatedFrom: number | null;
  /** No actor named, but the subject is an unnamed armed group ("resistance fighters seize"): not a state's action. */
  nonStateAgent: boolean;
}

/** What a mention says of its action, and what an operation keeps as its mentions merge. */
export interface OperationAttributes {
  actor: string | null;
  target: string | null;
  location: Location | null;
  /**
   * The location is named as an area that can hold other places ("southern Gaza", "Idlib
   * province", "Syria"), so a later mention of a town inside it refines it rather than conflicts.
   */
  locationArea: boolean;
  date: string | null;
  /** Text of the date mention the date came from ("Wednesday"), for comparing unvalued dates. */
  dateText: string | null;
  /**
   * A day named only relative to the writer ("today", "yesterday", "tonight"): weaker than a named
   * day, since a quote's "today" may be the speaker's. Used when no mention names a day.
   */
  deicticDate: string | null;
  count: number | null;
  countApproximate: boolean;
  name: string | null;
  instrument: string | null;
  roles: RoleRules;
}
