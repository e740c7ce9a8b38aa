"use client";
/** Merchant API tokens: create for a member (shown once), see when each was last used, revoke. */
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DataTable } from "@/components/ui/data-table";
import { ConfirmDialog, FormActions } from "./dialog-actions";
import { described, Field, inputClass } from "./field";
import { EmptyNote, SectionIntro } from "./section-intro";
import type { ActionResult } from "@/lib/view/result";
import { useSettingsAction } from "./use-settings-action";

export interface TokenItem {
  id: string;
  name: string;
  userName: string;
  userEmail: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface TokenActions {
  create: (input: { name: string; userId: string }) => Promise<ActionResult<{ id: string; token: string }>>;
  revoke: (input: { id: string }) => Promise<ActionResult<{ revoked: boolean }>>;
}

export function TokenList({ tokens, members, me, actions }: { tokens: TokenItem[]; members: { userId: string; label: string }[]; me: string; actions: TokenActions }) {
  const t = useTranslations("settings.tokens");
  const format = useFormatter();
  const [adding, setAdding] = useState(false);
  const [form, setForm] = useState({ name: "", userId: me });
  const [shown, setShown] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [revoking, setRevoking] = useState<TokenItem | null>(null);
  const add = useSettingsAction();
  const row = useSettingsAction();
  const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "short" }) : "—");

  return (
    <div className="space-y-3">
      <SectionIntro
        text={t("intro")}
        action={
          <Button
            onClick={() => {
              add.clearErrors();
              setForm({ name: "", userId: me });
              setAdding(true);
            }}
          >
            {t("add")}
          </Button>
        }
      />
      {tokens.length === 0 ? (
        <EmptyNote>{t("empty")}</EmptyNote>
      ) : (
        <DataTable label={t("title")} columns={[{ label: t("name") }, { label: t("actsAs") }, { label: t("created") }, { label: t("lastUsed") }, { label: t("status") }, { label: t("actions"), hidden: true }]}>
          {tokens.map((k) => (
            <tr key={k.id} className="border-t border-slate-100">
              <td className="px-3 py-2">{k.name}</td>
              <td className="px-3 py-2">
                {k.userName} <span className="text-xs text-slate-500">{k.userEmail}</span>
              </td>
              <td className="px-3 py-2 tabular-nums">{when(k.createdAt)}</td>
              <td className="px-3 py-2 tabular-nums">{when(k.lastUsedAt)}</td>
              <td className="px-3 py-2">{k.revokedAt ? <Badge>{t("revokedAt", { at: when(k.revokedAt) })}</Badge> : <Badge tone="good">{t("live")}</Badge>}</td>
              <td className="px-3 py-2">
                {k.revokedAt ? null : (
                  <Button size="sm" variant="ghost" aria-label={`${t("revoke")} ${k.name}`} disabled={row.pending} onClick={() => setRevoking(k)}>
                    {t("revoke")}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}

      <Dialog open={adding} onOpenChange={setAdding} title={t("addTitle")} description={t("addHelp")}>
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            add.run(() => actions.create(form), t("createdToast"), (d) => {
              setAdding(false);
              setCopied(false);
              setShown(d.token);
            });
          }}
        >
          <Field id="tk-name" label={t("name")} hint={t("nameHint")} error={add.fieldError("name")}>
            <input id="tk-name" value={form.name} onChange={(e) => setForm((f) => ({ ...f, name: e.target.value }))} className={inputClass} {...described("tk-name", add.fieldError("name"), t("nameHint"))} />
          </Field>
          <Field id="tk-user" label={t("actsAs")} hint={t("actsAsHint")}>
            <select id="tk-user" value={form.userId} onChange={(e) => setForm((f) => ({ ...f, userId: e.target.value }))} className={inputClass} aria-describedby="tk-user-hint">
              {members.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.label}
                </option>
              ))}
            </select>
          </Field>
          <FormActions onCancel={() => setAdding(false)} cancel={t("cancel")} submit={t("create")} pending={add.pending} pendingLabel={t("saving")} />
        </form>
      </Dialog>

      <Dialog open={shown !== null} onOpenChange={(o) => !o && setShown(null)} title={t("shownTitle")} description={t("shownHelp")}>
        <div className="space-y-3">
          <code data-testid="new-token" className="block rounded-md bg-slate-100 p-3 font-mono text-sm break-all select-all">
            {shown}
          </code>
          <div className="flex justify-end gap-2">
            <Button
              variant="secondary"
              onClick={() => {
                if (shown) void navigator.clipboard?.writeText(shown).then(() => setCopied(true), () => setCopied(false));
              }}
            >
              {copied ? t("copied") : t("copy")}
            </Button>
            <Button onClick={() => setShown(null)}>{t("done")}</Button>
          </div>
        </div>
      </Dialog>

      <ConfirmDialog
        open={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t("revokeTitle", { name: revoking?.name ?? "" })}
        description={t("revokeBody")}
        cancel={t("cancel")}
        confirm={t("confirmRevoke")}
        pending={row.pending}
        onConfirm={() => revoking && row.run(() => actions.revoke({ id: revoking.id }), t("revoked"), () => setRevoking(null))}
      />
    </div>
  );
}
