// Small inline icons (the system fonts on projector PCs lack the media-control glyphs). They are
// decorative: every button that uses one also has text.
const PATHS = {
  play: 'M5 3.5v13l11-6.5z',
  pause: 'M5 3h3.5v14H5zM11.5 3H15v14h-3.5z',
  back: 'M4 3h2.5v14H4zM16.5 3.5v13L7 10z',
  step: 'M13.5 3H16v14h-2.5zM3.5 3.5v13L13 10z',
  skip: 'M2 4v12l7.5-6zM10 4v12l7.5-6z',
  sun: 'M10 6a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM9 1h2v3H9zM9 16h2v3H9zM1 9h3v2H1zM16 9h3v2h-3zM3.2 4.6l1.4-1.4 2.1 2.1-1.4 1.4zM13.3 14.7l1.4-1.4 2.1 2.1-1.4 1.4zM3.2 15.4l2.1-2.1 1.4 1.4-2.1 2.1zM13.3 5.3l2.1-2.1 1.4 1.4-2.1 2.1z',
  moon: 'M12.5 2.5a7.5 7.5 0 1 0 5 12.8A6.5 6.5 0 0 1 12.5 2.5z',
  ghost:
    'M10 2a6 6 0 0 0-6 6v10l2-1.5 2 1.5 2-1.5 2 1.5 2-1.5 2 1.5V8a6 6 0 0 0-6-6zM7.5 7a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6zM12.5 7a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6z',
  helm: 'M10 1.5l1.4 2.6a6 6 0 0 1 3.2 1.9l2.9-.5-1 2.8a6 6 0 0 1 0 3.4l1 2.8-2.9-.5a6 6 0 0 1-3.2 1.9L10 18.5l-1.4-2.6a6 6 0 0 1-3.2-1.9l-2.9.5 1-2.8a6 6 0 0 1 0-3.4l-1-2.8 2.9.5a6 6 0 0 1 3.2-1.9zM10 7a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      fill="currentColor"
      fillRule="evenodd"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
