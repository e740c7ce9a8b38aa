import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TokenList } from "@/components/settings/token-list";
import { requireShopUser } from "@/lib/auth/guard";
import { listTokens } from "@/lib/services/settings/api-tokens";
import { listMembers } from "@/lib/services/settings/members";
import { addToken, dropToken } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.nav"))("tokens") };
}

export default async function TokensPage() {
  const u = await requireShopUser("manager");
  const t = await getTranslations("roles");
  const [tokens, members] = await Promise.all([listTokens(u.shopId), listMembers(u.shopId)]);
  return (
    <TokenList
      tokens={tokens.map((k) => ({ id: k.id, name: k.name, userName: k.userName, userEmail: k.userEmail, createdAt: k.createdAt.toISOString(), lastUsedAt: k.lastUsedAt?.toISOString() ?? null, revokedAt: k.revokedAt?.toISOString() ?? null }))}
      members={members.filter((m) => m.active).map((m) => ({ userId: m.userId, label: `${m.name}（${t(m.role)}）· ${m.email}` }))}
      me={u.userId}
      actions={{ create: addToken, revoke: dropToken }}
    />
  );
}
