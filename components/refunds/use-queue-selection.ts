"use client";
import { useCallback, useEffect, useState } from "react";

/** The ticked rows of the queue; a refresh that removed some keeps the others. */
export function useQueueSelection(present: ReadonlyMap<string, unknown>) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  useEffect(() => {
    setSelected((s) => {
      const kept = new Set([...s].filter((id) => present.has(id)));
      return kept.size === s.size ? s : kept;
    });
  }, [present]);
  const toggle = useCallback(
    (id: string) =>
      setSelected((s) => {
        const n = new Set(s);
        if (n.has(id)) n.delete(id);
        else n.add(id);
        return n;
      }),
    [],
  );
  const clear = useCallback(() => setSelected(new Set()), []);
  const drop = useCallback((ids: readonly string[]) => setSelected((s) => new Set([...s].filter((id) => !ids.includes(id)))), []);
  return { selected, toggle, clear, drop };
}
