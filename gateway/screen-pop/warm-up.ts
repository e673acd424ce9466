/**
 * Readies the database connections before the first call: each one runs the pop's reads once
 * (the caller lookup with its card, a card alone, the user on an extension). A fresh PostgreSQL
 * backend plans those statements with cold catalog caches, which took 15–40 ms per statement;
 * without this, the first calls after a start are the ones that pay it.
 */
import type { CountryCode } from 'libphonenumber-js';
import type { Kysely } from 'kysely';
import { createClientSummaryService } from '../../crm-core/clients/client-summary.ts';
import { phoneMatchQueryFor } from '../../crm-core/phones/phone.service.ts';
import type { Clock } from '../../crm-core/shared/clock.ts';
import { createUserService } from '../../crm-core/users/user.service.ts';
import type { Database } from '../../db/schema.ts';

export interface PopWarmUp {
  readonly db: Kysely<Database>;
  /** The pool's size: every connection is held at once, so each one is warmed. */
  readonly connections: number;
  readonly defaultCountry: CountryCode;
  readonly clock: Clock;
}

/** A number shaped like a real caller's, so the lookup is prepared in the shape rings use. */
const sampleCaller = '+380441234567';

export async function warmPopConnections({ db, connections, defaultCountry, clock }: PopWarmUp): Promise<void> {
  let releaseAll!: () => void;
  const allWarmed = new Promise<void>((resolve) => (releaseAll = resolve));
  let warmed = 0;
  await Promise.all(
    Array.from({ length: connections }, () =>
      db.connection().execute(async (connection) => {
        try {
          await warm(connection, defaultCountry, clock);
        } finally {
          if (++warmed === connections) releaseAll();
        }
        await allWarmed;
      }),
    ),
  );
}

async function warm(connection: Kysely<Database>, defaultCountry: CountryCode, clock: Clock): Promise<void> {
  const summaries = createClientSummaryService({ db: connection, clock });
  await summaries.forCaller(phoneMatchQueryFor(sampleCaller, defaultCountry)!);
  await summaries.summarize(0);
  await createUserService({ db: connection }).findByExtension('');
}
