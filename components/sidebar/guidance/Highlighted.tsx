import { foldTerm } from '../../../core/guidance/terms';

/** Text with the words the search matched marked, so the clinician sees why a result is there. */
export function Highlighted({ text, matches }: { text: string; matches: string[] }) {
  if (!matches.length) return <>{text}</>;
  const wanted = new Set(matches);
  return (
    <>
      {text.split(/([\p{L}\p{N}]+)/u).map((part, i) => (i % 2 === 1 && wanted.has(foldTerm(part)) ? <mark key={i}>{part}</mark> : part))}
    </>
  );
}
