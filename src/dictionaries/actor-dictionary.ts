// PLACEHOLDER (owned by the actors work).
export interface ActorDictionary { entries: unknown[] }
export function loadActorDictionary(_dataDir: string): ActorDictionary { return { entries: [] }; }
