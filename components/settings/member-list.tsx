"use client";
/** Users of the shop: create operators and managers, change roles, deactivate (sessions and tokens stop at once). */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SHOP_ROLES, type ShopRole } from "@/lib/rules";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DataTable } from "@/components/ui/data-table";
import { ConfirmDialog, FormActions } from "./dialog-actions";
import { described, Field, inputClass } from "./field";
import { SectionIntro } from "./section-intro";
import type { ActionResult } from "@/lib/view/result";
import { useSettingsAction } from "./use-settings-action";

export interface MemberItem {
  userId: string;
  email: string;
  name: string;
  role: ShopRole;
  active: boolean;
}

export interface MemberActions {
  create: (input: { email: string; name: string; password: string; role: ShopRole }) => Promise<ActionResult<{ userId: string }>>;
  setRole: (input: { userId: string; role: ShopRole }) => Promise<ActionResult<{ changed: boolean }>>;
  setActive: (input: { userId: string; active: boolean }) => Promise<ActionResult<{ changed: boolean }>>;
}

const NEW = { email: "", name: "", password: "", role: "operator" as ShopRole };

export function MemberList({ members, me, actions }: { members: MemberItem[]; me: string; actions: MemberActions }) {
  const t = useTranslations("settings.users");
  const tr = useTranslations("roles");
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState(NEW);
  const [confirm, setConfirm] = useState<MemberItem | null>(null);
  const add = useSettingsAction();
  const row = useSettingsAction();
  const set = (k: keyof typeof NEW) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

  return (
    <div className="space-y-3">
      <SectionIntro
        text={t("intro")}
        action={
          <Button
            onClick={() => {
              add.clearErrors();
              setForm(NEW);
              setAdding(true);
            }}
          >
            {t("add")}
          </Button>
        }
      />
      <DataTable label={t("title")} columns={[{ label: t("name") }, { label: t("email") }, { label: t("role") }, { label: t("status") }, { label: t("actions"), hidden: true }]}>
        {members.map((m) => {
          const self = m.userId === me;
          return (
            <tr key={m.userId} className="border-t border-slate-100">
              <td className="px-3 py-2">
                {m.name}
                {self ? <span className="ml-1 text-xs text-slate-500">{t("you")}</span> : null}
              </td>
              <td className="px-3 py-2">{m.email}</td>
              <td className="px-3 py-2">
                <select
                  aria-label={t("roleOf", { name: m.name })}
                  value={m.role}
                  disabled={self || row.pending}
                  onChange={(e) => row.run(() => actions.setRole({ userId: m.userId, role: e.target.value as ShopRole }), t("roleChanged", { name: m.name }))}
                  className="rounded-md border border-slate-300 px-2 py-1"
                >
                  {SHOP_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {tr(r)}
                    </option>
                  ))}
                </select>
              </td>
              <td className="px-3 py-2">{m.active ? <Badge tone="good">{t("active")}</Badge> : <Badge>{t("inactive")}</Badge>}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                {self ? null : m.active ? (
                  <Button size="sm" variant="ghost" disabled={row.pending} aria-label={`${t("deactivate")} ${m.name}`} onClick={() => setConfirm(m)}>
                    {t("deactivate")}
                  </Button>
                ) : (
                  <Button size="sm" variant="ghost" disabled={row.pending} aria-label={`${t("reactivate")} ${m.name}`} onClick={() => row.run(() => actions.setActive({ userId: m.userId, active: true }), t("reactivated", { name: m.name }))}>
                    {t("reactivate")}
                  </Button>
                )}
              </td>
            </tr>
          );
        })}
      </DataTable>

      <ConfirmDialog
        open={confirm !== null}
        onClose={() => setConfirm(null)}
        title={t("deactivateTitle", { name: confirm?.name ?? "" })}
        description={t("deactivateBody")}
        cancel={t("cancel")}
        confirm={t("confirmDeactivate")}
        pending={row.pending}
        onConfirm={() => confirm && row.run(() => actions.setActive({ userId: confirm.userId, active: false }), t("deactivated", { name: confirm.name }), () => setConfirm(null))}
      />

      <Dialog open={adding} onOpenChange={setAdding} title={t("addTitle")} description={t("addHelp")}>
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            add.run(() => actions.create(form), t("created", { email: form.email.trim() }), () => setAdding(false));
          }}
        >
          <Field id="m-name" label={t("name")} error={add.fieldError("name")}>
            <input id="m-name" value={form.name} onChange={set("name")} className={inputClass} {...described("m-name", add.fieldError("name"))} />
          </Field>
          <Field id="m-email" label={t("email")} error={add.fieldError("email")}>
            <input id="m-email" type="email" autoComplete="off" value={form.email} onChange={set("email")} className={inputClass} {...described("m-email", add.fieldError("email"))} />
          </Field>
          <Field id="m-password" label={t("password")} hint={t("passwordHint")} error={add.fieldError("password")}>
            <input id="m-password" type="password" autoComplete="new-password" value={form.password} onChange={set("password")} className={inputClass} {...described("m-password", add.fieldError("password"), t("passwordHint"))} />
          </Field>
          <Field id="m-role" label={t("role")}>
            <select id="m-role" value={form.role} onChange={set("role")} className={inputClass}>
              {SHOP_ROLES.map((r) => (
                <option key={r} value={r}>
                  {tr(r)}
                </option>
              ))}
            </select>
          </Field>
          <FormActions onCancel={() => setAdding(false)} cancel={t("cancel")} submit={t("create")} pending={add.pending} pendingLabel={t("saving")} />
        </form>
      </Dialog>
    </div>
  );
}
