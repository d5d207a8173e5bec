import { describe, expect, it } from 'vitest';
import { canvasToPng } from './rasterize';

/** A canvas whose encoder answers when the test says, and a display whose frames run when the test says. */
function encodingCanvas() {
  let answer: ((blob: Blob | null) => void) | null = null;
  let frames: (() => void)[] = [];
  let framesAsked = 0;
  const canvas = {
    toBlob: (callback: (blob: Blob | null) => void, type?: string) => {
      expect(type).toBe('image/png');
      answer = callback;
    },
  };
  const requestFrame = (callback: () => void) => {
    framesAsked++;
    frames.push(callback);
  };
  const runFrame = () => {
    const due = frames;
    frames = [];
    for (const callback of due) callback();
  };
  return {
    canvas,
    requestFrame,
    runFrame,
    encode: (blob: Blob | null) => answer?.(blob),
    framesAsked: () => framesAsked,
    framesPending: () => frames.length,
  };
}

describe('encoding the canvas as PNG', () => {
  it('asks for a frame each vsync while the encoder waits for idle time, and stops once the PNG is in', async () => {
    const display = encodingCanvas();
    const png = canvasToPng(display.canvas, display.requestFrame);
    for (let frame = 0; frame < 3; frame++) display.runFrame();
    // Every frame asked for the next one: the page keeps getting the idle period that follows a frame.
    expect(display.framesAsked()).toBe(4);
    const blob = new Blob(['png'], { type: 'image/png' });
    display.encode(blob);
    await expect(png).resolves.toBe(blob);
    display.runFrame();
    expect(display.framesPending()).toBe(0);
    expect(display.framesAsked()).toBe(4);
  });

  it('says so when the browser could not encode it, and stops asking for frames', async () => {
    const display = encodingCanvas();
    const png = canvasToPng(display.canvas, display.requestFrame);
    display.encode(null);
    await expect(png).rejects.toThrow('The browser could not encode the PNG.');
    display.runFrame();
    expect(display.framesPending()).toBe(0);
  });
});
