// Words that end a counted noun phrase: after "54 people" comes "at", "were", "killed"...
// A closed list is cheaper and steadier than part-of-speech tagging for this one job.

export const STOP_WORDS: readonly string[] = [
  // determiners and pronouns
  "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
  "my", "your", "he", "she", "they", "it", "we", "i", "you", "him", "them", "us", "who", "whom",
  "whose", "which", "what", "each", "every", "all", "any", "no", "none", "another",
  // prepositions
  "in", "on", "at", "near", "from", "to", "into", "onto", "by", "with", "for", "during",
  "after", "before", "against", "of", "across", "along", "around", "since", "until", "till",
  "inside", "outside", "between", "including", "among", "amongst", "per", "via", "within",
  "without", "under", "over", "through", "toward", "towards", "amid", "amidst", "upon",
  "behind", "beyond", "despite", "following", "off", "like", "than", "about", "as", "up",
  "down", "out", "onto", "throughout", "according",
  // conjunctions
  "and", "or", "but", "nor", "while", "when", "where", "whereas", "because", "if", "so",
  "then", "though", "although", "whether", "either", "neither", "both",
  // auxiliaries and frequent verbs
  "were", "was", "are", "is", "be", "been", "being", "am", "have", "has", "had", "will",
  "would", "could", "can", "may", "might", "must", "should", "shall", "did", "do", "does",
  "said", "says", "say", "told", "tells", "reported", "reportedly", "allegedly", "also",
  "later", "still", "already", "now", "then", "again", "there", "here", "ago", "today",
  "yesterday", "tomorrow", "overnight", "last", "next", "earlier", "only", "just", "even",
  "not",
  // outcome words: predicates, never part of the counted noun
  "killed", "dead", "died", "dies", "die", "wounded", "injured", "hurt", "slain", "missing",
  "arrested", "detained", "abducted", "kidnapped", "captured", "executed", "murdered",
  "fled", "displaced", "remain", "remained", "remains", "left", "leaving",
];
