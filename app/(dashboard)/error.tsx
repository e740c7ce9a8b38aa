"use client";

import { ErrorPanel } from "@/components/layout/error-panel";

export default function RootError({ reset }: { error: Error; reset: () => void }) {
  return <ErrorPanel reset={reset} />;
}
