/**
 * 大屏 auto-fit: the screen is laid out once at 1920×1080 and scaled to whatever display the
 * meeting room has, letter-boxed, never cropped.
 */
import { useEffect, useState } from 'react';

export const screenWidth = 1920;
export const screenHeight = 1080;

export function fitScale(width: number, height: number): number {
  return Math.min(width / screenWidth, height / screenHeight);
}

export function useFitScale(): number {
  const [scale, setScale] = useState(() => fitScale(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const update = () => setScale(fitScale(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return scale;
}
