import type { OperationType } from "../../../types.js";

/** Types that a later mention may refine a first one into ("strikes" → "cruise missile strikes"). */
export const TYPE_FAMILY: Readonly<Record<OperationType, readonly OperationType[]>> = {
  airstrike: ["airstrike", "missile_strike"],
  missile_strike: ["missile_strike", "airstrike", "shelling"],
  shelling: ["shelling", "missile_strike"],
  ground_operation: ["ground_operation"],
  bombing: ["bombing"],
  clash: ["clash"],
  other: ["other"],
};
