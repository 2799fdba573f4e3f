/**
 * The document as read, one line per paragraph or table row, with every quoted span marked: blue for
 * outline headings, orange for indicators, green for assignments, struck through when rejected.
 * Clicking a mark selects its candidate on the right.
 */
import { memo } from 'react';
import { type Span, segments } from './highlights';

interface Props {
  lines: readonly string[];
  spans: ReadonlyMap<number, Span[]>;
  selected: string | null;
  onPick: (span: Span) => void;
}

const Line = memo(function Line({
  index,
  text,
  spans,
  selected,
  onPick,
}: {
  index: number;
  text: string;
  spans: Span[] | undefined;
  selected: string | null;
  onPick: Props['onPick'];
}) {
  return (
    <p className="draft-line" id={`doc-line-${index}`} data-block={index}>
      {segments(text, spans ?? []).map((s, k) =>
        s.span ? (
          <mark
            // biome-ignore lint/suspicious/noArrayIndexKey: segments of one line keep their order
            key={k}
            className={`draft-mark draft-mark-${s.span.kind}${s.span.rejected ? ' draft-mark-rejected' : ''}${selected === s.span.key ? ' draft-mark-selected' : ''}`}
          >
            <button
              type="button"
              className="draft-mark-button"
              title={s.span.key}
              onClick={() => s.span && onPick(s.span)}
            >
              {s.text}
            </button>
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of one line keep their order
          <span key={k}>{s.text}</span>
        ),
      )}
    </p>
  );
});

export function DocumentPane({ lines, spans, selected, onPick }: Props) {
  return (
    <div className="draft-document" data-testid="draft-document">
      {lines.map((text, index) => (
        <Line
          // biome-ignore lint/suspicious/noArrayIndexKey: a line's index is its identity in the document
          key={index}
          index={index}
          text={text}
          spans={spans.get(index)}
          selected={spans.get(index)?.some((s) => s.key === selected) ? selected : null}
          onPick={onPick}
        />
      ))}
    </div>
  );
}

/** The selected text inside the document pane, as a quote (one line only). */
export function documentSelection(): { block: number; start: number; end: number; text: string } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const lineOf = (node: Node | null) =>
    (node instanceof Element ? node : node?.parentElement)?.closest('[data-block]') ?? null;
  const line = lineOf(range.startContainer);
  if (!line || line !== lineOf(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(line);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const text = range.toString();
  if (!text.trim()) return null;
  return { block: Number(line.getAttribute('data-block')), start, end: start + text.length, text };
}
