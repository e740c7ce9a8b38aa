"use client";
/**
 * Toasts (sonner) without sonner in the first-load JavaScript: the toaster mounts after hydration
 * (components/layout/providers) and each message loads the library on first use.
 */
const sonner = () => import("sonner");

type Options = { action?: { label: string; onClick: () => void } };

export const notify = {
  success: (message: string, options?: Options) => void sonner().then((m) => m.toast.success(message, options)),
  error: (message: string, options?: Options) => void sonner().then((m) => m.toast.error(message, options)),
  info: (message: string, options?: Options) => void sonner().then((m) => m.toast.info(message, options)),
};
