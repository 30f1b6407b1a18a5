import type { Actor, ActorMention, DateMention, FigureMention, Location, LocationMention } from "../../types.js";
import { buildSpanIndex, containing, type SpanIndex } from "./span-index.js";
import type { OperationContext } from "./types.js";

/** An actor mention with the actor it names. */
export interface PlacedActor {
  mention: ActorMention;
  actor: Actor;
}

/** A location mention with the location it names. */
export interface PlacedLocation {
  mention: LocationMention;
  location: Location;
}

/**
 * The other extractors' output, flattened into offset-sorted mention lists so the attribute
 * search can ask "which actors are mentioned in [a, b)" cheaply.
 */
export interface ContextIndex {
  actors: PlacedActor[];
  locations: PlacedLocation[];
  dates: DateMention[];
  actorsByName: Map<string, Actor>;
  /** Mentions of armed groups (a subset of `actors`, same order), for "the group" / "the militants". */
  armedGroups: PlacedActor[];
  /** The one coalition (an organization named "... coalition") the document names, else null. */
  soleCoalition: string | null;
  /**
   * The state a bare force word stands for ("army", "military", "police"), where exactly one
   * state of the document has mentions by that word ("the army" read as Sudan's).
   */
  forceWordStates: Map<string, string>;
  /** Figures counting strikes, by span, each with its place in the figures' list. */
  strikeFigures: SpanIndex<RankedFigure>;
}

export interface RankedFigure {
  figure: FigureMention;
  rank: number;
}

export function indexContext(context: OperationContext): ContextIndex {
  const actors: PlacedActor[] = [];
  const actorsByName = new Map<string, Actor>();
  for (const actor of context.actors) {
    actorsByName.set(actor.name, actor);
    for (const mention of actor.mentions) actors.push({ mention, actor });
  }
  const locations: PlacedLocation[] = [];
  for (const location of context.locations) {
    for (const mention of location.mentions) locations.push({ mention, location });
  }
  const byStart = <T extends { mention: { start: number; end: number } }>(a: T, b: T): number =>
    a.mention.start - b.mention.start || a.mention.end - b.mention.end;
  actors.sort(byStart);
  locations.sort(byStart);
  const dates = [...context.dates].sort((a, b) => a.start - b.start);
  const armedGroups = actors.filter((p) => p.actor.type === "armed_group");
  const strikes: RankedFigure[] = [];
  context.figures.forEach((figure, rank) => {
    if (figure.category === "strikes") strikes.push({ figure, rank });
  });
  return {
    actors, locations, dates, actorsByName, armedGroups,
    soleCoalition: soleCoalition(actorsByName),
    forceWordStates: forceWordStates(context.actors),
    strikeFigures: buildSpanIndex(strikes, (r) => r.figure),
  };
}

// The force words a state's mentions end in ("the army", "Sudanese army", "security forces").
const FORCE_WORD = /(?:^|\s)(army|military|regime|junta|government|navy|air force|police|security forces|troops|soldiers)$/i;

function forceWordStates(actors: readonly Actor[]): Map<string, string> {
  const seen = new Map<string, string | null>();
  for (const actor of actors) {
    if (actor.type !== "state") continue;
    for (const m of actor.mentions) {
      const word = FORCE_WORD.exec(m.text)?.[1]?.toLowerCase();
      if (!word) continue;
      const before = seen.get(word);
      seen.set(word, before === undefined || before === actor.name ? actor.name : null);
    }
  }
  const out = new Map<string, string>();
  for (const [word, state] of seen) if (state) out.set(word, state);
  return out;
}

function soleCoalition(actorsByName: ReadonlyMap<string, Actor>): string | null {
  let found: string | null = null;
  for (const actor of actorsByName.values()) {
    if (actor.type !== "organization" || !/coalition/i.test(actor.name)) continue;
    if (found !== null) return null;
    found = actor.name;
  }
  return found;
}

/** The strikes figures whose span holds `[start, end)`, in the figures' list order. */
export function strikeFiguresOver(index: ContextIndex, start: number, end: number): FigureMention[] {
  return containing(index.strikeFigures, start, end)
    .sort((a, b) => a.rank - b.rank)
    .map((r) => r.figure);
}

/** Whether an actor mention has exactly this span. */
export function actorMentionAt(index: ContextIndex, start: number, end: number): boolean {
  return within(index.actors, (p) => p.mention, start, end).some((p) => p.mention.start === start && p.mention.end === end);
}

/** Items whose span lies inside `[from, to)`, from a list sorted by start. */
export function within<T>(items: readonly T[], spanOf: (item: T) => { start: number; end: number }, from: number, to: number): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spanOf(items[mid]).start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && spanOf(items[i]).start < to; i++) {
    if (spanOf(items[i]).end <= to) out.push(items[i]);
  }
  return out;
}
