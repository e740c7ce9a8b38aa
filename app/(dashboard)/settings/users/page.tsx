import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MemberList } from "@/components/settings/member-list";
import { requireShopUser } from "@/lib/auth/guard";
import { listMembers } from "@/lib/services/settings/members";
import { addMember, setMemberRole, setMemberStatus } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.nav"))("users") };
}

export default async function UsersPage() {
  const u = await requireShopUser("manager");
  const members = await listMembers(u.shopId);
  return (
    <MemberList
      members={members.map((m) => ({ userId: m.userId, email: m.email, name: m.name, role: m.role, active: m.active }))}
      me={u.userId}
      actions={{ create: addMember, setRole: setMemberRole, setActive: setMemberStatus }}
    />
  );
}
