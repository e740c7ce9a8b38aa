import { cva, type VariantProps } from "class-variance-authority";
import type { HTMLAttributes } from "react";
import { cn } from "./cn";

const cardVariants = cva("rounded-lg border shadow-sm", {
  variants: {
    tone: { plain: "border-slate-200 bg-white", info: "border-blue-200 bg-blue-50 text-blue-900" },
    pad: { md: "p-4", sm: "p-3" },
  },
  defaultVariants: { tone: "plain", pad: "md" },
});

export function Card({ className, tone, pad, ...props }: HTMLAttributes<HTMLDivElement> & VariantProps<typeof cardVariants>) {
  return <div className={cn(cardVariants({ tone, pad }), className)} {...props} />;
}

export function PageHeader({ title, subtitle, children }: { title: string; subtitle?: string; children?: React.ReactNode }) {
  return (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
        {subtitle ? <p className="mt-1 text-sm text-slate-600">{subtitle}</p> : null}
      </div>
      {children}
    </div>
  );
}
