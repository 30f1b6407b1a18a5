// Heads of the names of national human-rights bodies. Such bodies report abuses in conflict news
// ("the Ethiopian Human Rights Commission said", "Afghanistan Independent Human Rights Commission")
// but each country has its own, so they are caught by their head, not listed one by one.
export const RIGHTS_BODY_HEADS: readonly string[] = [
  "Human Rights Commission",
  "Commission on Human Rights",
  "Commission for Human Rights",
  "Commission of Human Rights",
];
