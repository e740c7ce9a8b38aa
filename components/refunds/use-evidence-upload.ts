"use client";
import { useState } from "react";

/** Rejection evidence (images): each file uploaded as it is picked, up to `max`; its URL kept, or why it failed. */
export function useEvidenceUpload(max: number) {
  const [evidence, setEvidence] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);

  const upload = async (files: FileList | null) => {
    if (!files) return;
    setUploadError(null);
    setUploading(true);
    try {
      for (const file of [...files].slice(0, max - evidence.length)) {
        const form = new FormData();
        form.set("file", file);
        const res = await fetch("/refunds/evidence", { method: "POST", body: form });
        const body = (await res.json().catch(() => null)) as { url?: string; error?: { message: string } } | null;
        if (res.ok && body?.url) setEvidence((e) => [...e, body.url!]);
        else setUploadError(`${file.name}: ${body?.error?.message ?? res.status}`);
      }
    } finally {
      setUploading(false);
    }
  };

  return { evidence, uploading, uploadError, upload, remove: (src: string) => setEvidence((e) => e.filter((x) => x !== src)), full: evidence.length >= max };
}
