import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SavedViewItem } from "@/lib/view/saved-views";
import type { SavedViewActions } from "./saved-view-controls";
import { LazyRemoveViewButton, LazySaveViewButton } from "./saved-view-controls-lazy";

/**
 * Saved views of the queue (issue 19): the user's own and the shop's shared filter sets as links
 * (rendered with the page), "save this view" (a name, private or shared), and removing a view.
 */
export async function SavedViews({ views, current, canRemoveShared, actions }: { views: SavedViewItem[]; current: string; canRemoveShared: boolean; actions: SavedViewActions }) {
  const t = await getTranslations("refunds.views");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-1.5 text-sm">
      <span className="text-slate-600">{t("label")}</span>
      {views.length === 0 ? <span className="text-slate-600">{t("none")}</span> : null}
      {views.map((v) => (
        <span key={v.id} className="flex items-center rounded-md border border-slate-300 bg-white">
          <Link
            href={`/refunds?${v.query}`}
            aria-current={v.query === current ? "page" : undefined}
            className="px-2.5 py-1 hover:bg-slate-50 aria-[current=page]:font-semibold aria-[current=page]:text-brand-700"
            title={v.ownerName ? t("sharedBy", { name: v.ownerName }) : undefined}
          >
            {v.name}
            {v.shared ? <span className="ml-1 text-xs text-slate-600">{t("sharedMark")}</span> : null}
          </Link>
          {v.mine || (v.shared && canRemoveShared) ? <LazyRemoveViewButton id={v.id} name={v.name} remove={actions.remove} /> : null}
        </span>
      ))}
      <LazySaveViewButton current={current} save={actions.save} />
    </nav>
  );
}
