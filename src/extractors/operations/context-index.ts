import type { Actor, ActorMention, DateMention, Location, LocationMention } from "../../types.js";
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
  return { actors, locations, dates, actorsByName };
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
