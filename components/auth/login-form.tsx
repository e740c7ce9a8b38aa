"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/**
 * `retrySeconds` is the per-client sign-in window (SIGN_IN_LIMIT) and `accountMinutes` the
 * per-account one (issue 16), passed from the page.
 */
export function LoginForm({ retrySeconds, accountMinutes }: { retrySeconds: number; accountMinutes: number }) {
  const t = useTranslations("login");
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!email.trim() || !password) {
      setError(t("required"));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const res = await authClient.signIn.email({ email: email.trim(), password });
      if (res.error) {
        const status = res.error.status;
        if (res.error.code === "ACCOUNT_THROTTLED") setError(t("accountThrottled", { minutes: accountMinutes }));
        else if (status === 429) setError(t("rateLimited", { seconds: retrySeconds }));
        else if (res.error.code === "ACCOUNT_DEACTIVATED") setError(t("deactivated"));
        else if (status === 401 || status === 400 || status === 403) setError(t("wrongPassword"));
        else setError(t("failed"));
        setPassword("");
        return;
      }
      router.replace("/refunds");
      router.refresh();
    } catch {
      setError(t("failed"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField id="email" label={t("email")} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
      <TextField id="password" label={t("password")} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
