/** Alerts to the team (issue 19), as the settings page and the navigation show them: client-safe. */
import type { AlertChannelKind, AlertKind, Locale, RefundStatus } from "@/lib/rules";

/** A robot as the settings page shows it: never the whole URL or secret. */
export interface AlertChannelView {
  id: string;
  kind: AlertChannelKind;
  name: string;
  urlHint: string;
  /** DingTalk only: the start and end of the signing secret, or null when none is set. */
  secretHint: string | null;
  locale: Locale;
  enabled: boolean;
  /** False when the stored URL cannot be opened any more (the session secret changed): enter it again. */
  readable: boolean;
}

export const DELIVERY_STATUSES = ["pending", "sent", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One line of the delivery log. */
export interface DeliveryLogRow {
  id: string;
  channelName: string | null;
  createdAt: number;
  status: DeliveryStatus;
  attempts: number;
  /** Requests in the digest per alert kind (a test message has none). */
  counts: Partial<Record<AlertKind, number>>;
  test: boolean;
  lastError: string | null;
  sentAt: number | null;
  nextAttemptAt: number | null;
}

/** What the navigation polls: requests due within the last hours before a merchant deadline. */
export interface DueSoon {
  count: number;
  /** The soonest (at most 20), for browser notifications. */
  items: { id: string; deadlineAt: number; status: RefundStatus }[];
  /** This user's choice: notify in this browser when a request enters its last hours. */
  notify: boolean;
  /** The window, in hours (the policy's red countdown). */
  hours: number;
}
