import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from './cases';

/**
 * Client search (R1, issue 3 speed): every word of a client's folded name (clients.name_folded,
 * lower case without diacritics), so "the beginning of any name word" is a range on an index
 * instead of a scan. Kept by database triggers on clients (migration client_search_words), so rows
 * written by any path — the services, the demo generator's bulk insert — are always searchable.
 */
export const clientNameWords = sqliteTable(
  'client_name_words',
  {
    word: text('word').notNull(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.word, t.clientId] }), index('client_name_words_client_idx').on(t.clientId)],
);
