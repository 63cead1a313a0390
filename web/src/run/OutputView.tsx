import { useEffect, useRef, useState } from "react";
import type { OutputLine } from "./runReducer";

const LINE_HEIGHT = 18;
const OVERSCAN = 20;

/** A line's text; input typed after a prompt on it is marked as input. */
function LineText({ line }: { line: OutputLine }) {
  if (line.echoFrom === undefined) return <>{line.text}</>;
  return (
    <>
      {line.text.slice(0, line.echoFrom)}
      <span className="stdin">{line.text.slice(line.echoFrom)}</span>
    </>
  );
}

/**
 * Program output as plain text in a windowed list: only the visible lines (plus a margin)
 * are in the DOM, so 50,000 lines scroll as smoothly as 50. Sticks to the bottom while the
 * user has not scrolled up.
 */
export function OutputView({ lines }: { lines: OutputLine[] }) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(300);
  const stick = useRef(true);

  useEffect(() => {
    const el = box.current;
    if (el === null) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 300));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = box.current;
    if (el !== null && stick.current) {
      el.scrollTop = el.scrollHeight;
      setScrollTop(el.scrollTop);
    }
  }, [lines]);

  const first = Math.max(0, Math.floor(scrollTop / LINE_HEIGHT) - OVERSCAN);
  const last = Math.min(lines.length, Math.ceil((scrollTop + height) / LINE_HEIGHT) + OVERSCAN);
  const visible = lines.slice(first, last);

  return (
    <div
      className="output"
      ref={box}
      data-testid="run-output"
      data-lines={lines.length}
      onScroll={(e) => {
        const el = e.currentTarget;
        stick.current = el.scrollTop + el.clientHeight >= el.scrollHeight - LINE_HEIGHT;
        setScrollTop(el.scrollTop);
      }}
    >
      <div style={{ height: lines.length * LINE_HEIGHT, position: "relative" }}>
        {visible.map((line, i) => (
          <div
            key={first + i}
            className={`line ${line.stream}`}
            style={{ position: "absolute", top: (first + i) * LINE_HEIGHT, height: LINE_HEIGHT }}
          >
            {line.text === "" ? "\u00a0" : <LineText line={line} />}
          </div>
        ))}
      </div>
    </div>
  );
}
