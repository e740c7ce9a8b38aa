"use client";
/**
 * What the queue needs only once the page is interactive, in one chunk loaded right after it (one
 * loader instead of four in the first-load JavaScript): the live refresh, the undo bar of held
 * refunds, the keyboard help and the bulk-approve dialog.
 */
import BulkApprove, { type BulkApproveProps } from "./bulk-approve";
import { HeldBar } from "./held-bar";
import { KeysHelp } from "./keys-help";
import QueueLive, { type QueueLiveProps } from "./queue-live";

export interface QueueAfterLoadProps {
  live: QueueLiveProps;
  /** The undo bar, while refunds are held. */
  held: Parameters<typeof HeldBar>[0] | null;
  help: { open: boolean; onOpenChange: (o: boolean) => void } | null;
  bulk: BulkApproveProps | null;
}

export default function QueueAfterLoad({ live, held, help, bulk }: QueueAfterLoadProps) {
  return (
    <>
      <QueueLive {...live} />
      {held ? <HeldBar {...held} /> : null}
      {help ? <KeysHelp {...help} /> : null}
      {bulk ? <BulkApprove {...bulk} /> : null}
    </>
  );
}
