// Text with every occurrence of the query (ignoring case) marked.
import type { ReactNode } from 'react';

const MARK = { padding: 0, background: '#ffe58f' };

/** `text` with every occurrence of `query` (ignoring case) marked. */
export function Highlight({ text, query }: { text: string; query: string }) {
  const needle = query.trim().toLowerCase();
  if (!needle) return <>{text}</>;
  const lower = text.toLowerCase();
  const pieces: ReactNode[] = [];
  let from = 0;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, from)) {
    if (at > from) pieces.push(text.slice(from, at));
    pieces.push(
      <mark key={at} style={MARK}>
        {text.slice(at, at + needle.length)}
      </mark>,
    );
    from = at + needle.length;
  }
  pieces.push(text.slice(from));
  return <>{pieces}</>;
}
