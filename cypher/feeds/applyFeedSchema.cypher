// @name applyFeedSchema
// @returns nothing -- idempotent; run by the feed importers before they write
// The natural key of a feed's event: one :FeedEvent per feed and event id, however often imported.
CREATE CONSTRAINT feed_event_id IF NOT EXISTS FOR (f:FeedEvent) REQUIRE f.id IS UNIQUE
