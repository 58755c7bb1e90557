// Lets custom fields of activity entities reach the channel. botbuilder 4.23.3's connector serializer knows
// only an Entity's type/text/mentioned and drops the rest, so the citation entity of an answer arrived as
// {"type":"https://schema.org/Message"} alone (botbuilder-js issue #2561 asked for exactly this; its fix is
// not in the mapper this version ships). Declaring additional properties keeps the whole entity.
import * as mappers from 'botframework-connector/lib/connectorApi/models/mappers';

(mappers.Entity.type as { additionalProperties?: unknown }).additionalProperties = { type: { name: 'Object' } };
