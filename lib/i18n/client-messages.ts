/**
 * The messages sent to the browser: only the namespaces client components translate with, so a
 * page's payload does not carry every text of the product (the analytics and service pages render
 * theirs on the server). The settings pages add their own namespace (settings/layout.tsx).
 */
import type { AbstractIntlMessages } from "next-intl";

const EVERY_PAGE = ["app", "nav", "shell", "roles", "errors", "form", "login", "refunds", "request"] as const;

export function clientMessages(all: AbstractIntlMessages, extra: readonly string[] = []): AbstractIntlMessages {
  const out: AbstractIntlMessages = {};
  for (const ns of [...EVERY_PAGE, ...extra]) if (all[ns] !== undefined) out[ns] = all[ns];
  return out;
}
