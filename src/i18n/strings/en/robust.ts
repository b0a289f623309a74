// English: the page's credits (the build's third-party licence list).
export const enRobust = {
  'robust.licenses': 'Third-party licences',
} as const;
