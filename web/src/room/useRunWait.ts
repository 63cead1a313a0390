import { useEffect, useState } from "react";
import { useRoomStore } from "./roomStore";

/** Whole seconds until Run may be pressed again after a rate limit (0: it may be now). */
export function useRunWait(): number {
  const until = useRoomStore((s) => s.runBlockedUntil);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    setNow(Date.now());
    const timer = window.setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= until) window.clearInterval(timer);
    }, 1_000);
    return () => window.clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}
