// A translated sentence with elements in it: `t('term.hint')` keeps its `{command}` placeholder
// (t leaves a placeholder it has no value for), and <Rich> puts the element there, so the word
// order stays the translation's, not English's.
import { Fragment, type ReactNode } from 'react';

export function Rich({ text, parts }: { text: string; parts: Readonly<Record<string, ReactNode>> }) {
  const pieces = text.split(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g);
  return (
    <>
      {pieces.map((piece, i) =>
        i % 2 === 1 && piece in parts ? (
          <Fragment key={i}>{parts[piece]}</Fragment>
        ) : (
          <Fragment key={i}>{i % 2 === 1 ? `{${piece}}` : piece}</Fragment>
        ),
      )}
    </>
  );
}
