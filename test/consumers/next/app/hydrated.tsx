'use client';
// Marks the page once React has hydrated or mounted it: the wrappers attach their event
// listeners in the same commit, before this effect runs, so the test clicks only after that.
import { useEffect } from 'react';

export function Hydrated() {
  useEffect(() => {
    document.documentElement.dataset.mounted = location.pathname;
  }, []);
  return null;
}
