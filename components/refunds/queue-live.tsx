"use client";
/**
 * The queue's live refresh (TanStack Query), loaded after the page is shown so that its code is not
 * part of the first-load JavaScript. It renders nothing: it keeps the pages current (every
 * REFRESH_MS, on focus, after an action) and reports them to QueueView, which shows the server's
 * first page until then.
 */
import { QueryClient, QueryClientProvider, useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { QueueItem } from "@/lib/view/queue";
import type { LiveQueue, QueuePageData } from "./queue-types";

const REFRESH_MS = 20_000;

export interface QueueLiveProps {
  tab: string;
  filterQuery: string;
  initial: QueuePageData;
  onChange: (live: LiveQueue) => void;
}

export default function QueueLive(props: QueueLiveProps) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 15_000, refetchOnWindowFocus: true } } }));
  return (
    <QueryClientProvider client={client}>
      <Runner {...props} />
    </QueryClientProvider>
  );
}

function Runner({ tab, filterQuery, initial, onChange }: QueueLiveProps) {
  const queryClient = useQueryClient();
  const queryKey = useMemo(() => ["queue", tab, filterQuery], [tab, filterQuery]);
  // After the operator's own action the next read skips the server's shared moment-old copy.
  const freshNext = useRef(false);
  const query = useInfiniteQuery({
    queryKey,
    queryFn: async ({ pageParam }): Promise<QueuePageData> => {
      const fresh = freshNext.current ? "&fresh=1" : "";
      const res = await fetch(`/refunds/data?tab=${tab}${filterQuery ? `&${filterQuery}` : ""}${pageParam ? `&after=${encodeURIComponent(pageParam)}` : ""}${fresh}`, { cache: "no-store" });
      if (!res.ok) throw new Error(String(res.status));
      return (await res.json()) as QueuePageData;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: { pages: [initial], pageParams: [null] },
    refetchInterval: REFRESH_MS,
  });

  const refresh = useCallback(async (): Promise<QueueItem[]> => {
    freshNext.current = true;
    try {
      await queryClient.invalidateQueries({ queryKey });
    } finally {
      freshNext.current = false;
    }
    return queryClient.getQueryData<{ pages: QueuePageData[] }>(queryKey)?.pages.flatMap((p) => p.items) ?? [];
  }, [queryClient, queryKey]);

  const { data, isFetching, isFetchingNextPage, hasNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    onChange({
      pages: data?.pages ?? [initial],
      isFetching,
      isFetchingNextPage,
      hasNextPage,
      isError,
      fetchNextPage: () => void fetchNextPage(),
      refresh,
    });
  }, [data, isFetching, isFetchingNextPage, hasNextPage, isError, fetchNextPage, refresh, onChange, initial]);
  return null;
}
