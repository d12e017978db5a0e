import { useEffect, useState } from 'preact/hooks';

type Later = typeof import('./LaterSections').LaterSections;

/** Starts loading the sections below the prompts at once, and hands them over when they arrive. */
export function useLaterSections(): Later | undefined {
  const [Later, setLater] = useState<Later | undefined>(undefined);
  useEffect(() => {
    void import('./LaterSections').then((module) => setLater(() => module.LaterSections));
  }, []);
  return Later;
}
