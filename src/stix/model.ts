import type { ClaimRecord } from '../claim';
import type { EntityRecord } from '../entity';
import type { RelationshipRecord } from '../graph';
import type { SourceRecord } from '../source';

/** One STIX 2.1 object as JSON: its common properties are typed, the rest depends on `type`. */
export interface StixObject {
  type: string;
  id: string;
  spec_version?: '2.1';
  created?: string;
  modified?: string;
  [property: string]: unknown;
}

/** A STIX 2.1 bundle (§8): a wrapper of objects, with no spec_version and no timestamps of its own. */
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/**
 * The part of the graph a bundle carries: entities, sources, claims and facts, every one complete,
 * plus anything a claim points at (its reporter, its source's publisher).
 */
export interface GraphSlice {
  entities: EntityRecord[];
  sources: SourceRecord[];
  claims: ClaimRecord[];
  facts: RelationshipRecord[];
}

/** An exported object with the time it entered the graph (TAXII's date_added), in milliseconds. */
export interface CollectedObject {
  object: StixObject;
  addedAt: string;
}
