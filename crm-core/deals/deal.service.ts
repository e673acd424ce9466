import type { Kysely, Transaction, Updateable } from 'kysely';
import type { Database, DealRow, DealsTable } from '../../db/schema.ts';
import { auditedValues, describeChanges, insertAuditEntry } from '../audit/audit.repository.ts';
import { clientExists } from '../clients/client.repository.ts';
import { type Actor, systemActor } from '../shared/actor.ts';
import type { Clock } from '../shared/clock.ts';
import { checkOneOf } from '../shared/field-checks.ts';
import { checkPageLimit, type Page, type PageRequest, toPage } from '../shared/keyset-page.ts';
import { timestampPositionFromCursor } from '../shared/timestamp-sort-key.ts';
import { createIssueCollector, NotFoundError } from '../shared/validation-error.ts';
import { userExists } from '../users/user.repository.ts';
import {
  type Deal,
  type DealDetails,
  type DealStage,
  dealStages,
  decideStage,
  type NewDeal,
  type StageChange,
  type StageOutcome,
  validateDealDetails,
} from './deal.ts';
import {
  insertDeal,
  selectClientDeals,
  selectDealById,
  selectDealForUpdate,
  selectManagerDeals,
  type SortedDealRow,
  updateDeal,
} from './deal.repository.ts';

export type { Deal, DealDetails, DealStage, NewDeal, StageChange } from './deal.ts';

export interface ManagerDealsFilter extends PageRequest {
  readonly stages?: readonly DealStage[];
}

interface ChangeContext {
  readonly before: Deal;
  readonly now: Date;
  readonly trx: Transaction<Database>;
}

/** The fields one change may write. */
type DealFields = DealDetails & Partial<StageOutcome>;

export type DealService = ReturnType<typeof createDealService>;

export function createDealService({ db, clock }: { db: Kysely<Database>; clock: Clock }) {
  /** Applies a change to one locked deal and audits the fields that changed. */
  function changeDeal(dealId: number, actor: Actor, decide: (context: ChangeContext) => Promise<DealFields>): Promise<Deal> {
    return db.transaction().execute(async (trx) => {
      const beforeRow = await selectDealForUpdate(trx, dealId);
      if (beforeRow === undefined) throw new NotFoundError('deal', dealId);
      const before = dealFromRow(beforeRow);
      const now = clock.now();
      const fields = await decide({ before, now, trx });
      const changed = describeChanges(before, fields);
      if (Object.keys(changed).length === 0) return before;
      const updated = await updateDeal(trx, dealId, { ...toColumns(fields), updated_at: now });
      await insertAuditEntry(trx, { userId: actor.userId, entity: 'deal', entityId: dealId, action: 'update', changes: changed });
      return dealFromRow(updated);
    });
  }

  return {
    /** Opens a deal for a client; the manager defaults to the acting user. */
    async create(input: NewDeal, actor: Actor = systemActor): Promise<Deal> {
      const details = validateDealDetails(input);
      const now = clock.now();
      const outcome = decideStage(null, { stage: input.stage ?? 'new', lostReason: input.lostReason ?? null }, now);
      const managerId = input.managerId === undefined ? actor.userId : input.managerId;
      const row = await db.transaction().execute(async (trx) => {
        await checkLinks(trx, { clientId: input.clientId, managerId });
        const inserted = await insertDeal(trx, {
          client_id: input.clientId,
          manager_id: managerId,
          title: input.title.trim(),
          amount: details.amount ?? '0.00',
          currency: details.currency,
          stage: outcome.stage,
          lost_reason: outcome.lostReason,
          closed_at: outcome.closedAt,
          opened_at: now,
          created_at: now,
          updated_at: now,
        });
        await insertAuditEntry(trx, { userId: actor.userId, entity: 'deal', entityId: inserted.id, action: 'create', changes: auditedValues(dealFromRow(inserted)) });
        return inserted;
      });
      return dealFromRow(row);
    },

    /** Title, amount, currency and manager. */
    async update(dealId: number, changes: DealDetails, actor: Actor = systemActor): Promise<Deal> {
      const details = validateDealDetails(changes);
      return changeDeal(dealId, actor, async ({ trx }) => {
        await checkLinks(trx, { managerId: details.managerId });
        return details;
      });
    },

    /** Won and lost close the deal; lost needs a reason; new and in progress reopen it. */
    async updateStage(dealId: number, change: StageChange, actor: Actor = systemActor): Promise<Deal> {
      return changeDeal(dealId, actor, async ({ before, now }) => decideStage(before, change, now));
    },

    async get(dealId: number): Promise<Deal> {
      const row = await selectDealById(db, dealId);
      if (row === undefined) throw new NotFoundError('deal', dealId);
      return dealFromRow(row);
    },

    /** Every deal of a client, newest first. */
    async listByClient(clientId: number): Promise<Deal[]> {
      const rows = await selectClientDeals(db, clientId);
      return rows.map(dealFromRow);
    },

    /** A manager's deals, newest first, optionally only in some stages. */
    async listByManager(managerId: number, filter: ManagerDealsFilter = {}): Promise<Page<Deal>> {
      const limit = validateManagerFilter(filter);
      const after = filter.cursor === undefined ? undefined : timestampPositionFromCursor(filter.cursor);
      const rows = await selectManagerDeals(db, managerId, filter.stages, after, limit + 1);
      return toPage(rows, limit, dealFromRow, (row: SortedDealRow) => [row.sort_key, row.id]);
    },
  };
}

async function checkLinks(trx: Transaction<Database>, links: { clientId?: number; managerId?: number | null }): Promise<void> {
  const issues = createIssueCollector();
  if (links.clientId !== undefined && !(await clientExists(trx, links.clientId))) issues.add('clientId', 'is not a known client');
  if (links.managerId != null && !(await userExists(trx, links.managerId))) issues.add('managerId', 'is not a known user');
  issues.throwIfAny();
}

function validateManagerFilter(filter: ManagerDealsFilter): number {
  const issues = createIssueCollector();
  filter.stages?.forEach((stage, index) => checkOneOf(stage, dealStages, `stages.${index}`, issues));
  const limit = checkPageLimit(filter.limit, issues);
  issues.throwIfAny();
  return limit;
}

function toColumns(fields: DealFields): Updateable<DealsTable> {
  return {
    title: fields.title,
    amount: fields.amount,
    currency: fields.currency,
    manager_id: fields.managerId,
    stage: fields.stage,
    lost_reason: fields.lostReason,
    closed_at: fields.closedAt,
  };
}

function dealFromRow(row: DealRow | SortedDealRow): Deal {
  return {
    id: row.id,
    clientId: row.client_id,
    managerId: row.manager_id,
    title: row.title,
    amount: row.amount,
    currency: row.currency,
    stage: row.stage,
    lostReason: row.lost_reason,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
