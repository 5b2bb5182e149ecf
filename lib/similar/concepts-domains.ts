// The domain vocabularies (politics and security, economy, society) as one list, read after the
// core families of concepts.ts and before the gazetteer (vocabulary.ts). Pure data.
import type { ConceptFamily } from "./concepts";
import { ECONOMY_FAMILIES } from "./concepts-economy";
import { POLITICS_FAMILIES } from "./concepts-politics";
import { SOCIETY_FAMILIES } from "./concepts-society";

export const DOMAIN_FAMILIES: ConceptFamily[] = [...POLITICS_FAMILIES, ...ECONOMY_FAMILIES, ...SOCIETY_FAMILIES];
